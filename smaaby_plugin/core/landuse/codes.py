"""Code lists (SOSI arealformål, AR5 arealtype, N50 arealdekke) and class-code parsing.

The lists are CSV files in ``resources/codes/`` (UTF-8, header row, at least the
columns ``code``, ``label_nb``, ``label_en``, ``outdated``); planners may edit them.
Core does not know where the plugin lies: the adapter passes the path
(``smaaby_plugin.paths.resource("codes", "ar5_arealtype.csv")``).

Class fields are read by the one class policy (:func:`smaaby_plugin.core.values.class_keys`,
through :func:`smaaby_plugin.core.landuse.categorical.prepare_categorical`): integer codes
are looked up in these lists; text classes and unknown codes are labelled with their value.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pandas as pd

from smaaby_plugin.core.errors import InputError

__all__ = [
    "CODE_LIST_FILES",
    "NO_CLASS_LABEL",
    "CodeList",
    "choose_code_list",
    "load_codes",
]

#: The shipped lists: short name -> file name in ``resources/codes/``.
CODE_LIST_FILES: dict[str, str] = {
    "ar5": "ar5_arealtype.csv",
    "sosi": "sosi_arealformal.csv",
    "n50": "n50_arealdekke.csv",
    "hovedformal": "sosi_hovedformal.csv",
}

#: Labels (bokmål, English) of the row for missing or non-numeric codes.
NO_CLASS_LABEL: tuple[str, str] = ("ingen klasse", "no class")

_REQUIRED = ("code", "label_nb", "label_en", "outdated")


@dataclass(frozen=True)
class CodeList:
    """One code list.

    Attributes
    ----------
    name : str
        Short name (``ar5``, ``sosi``, ``n50`` or the file stem).
    table : pandas.DataFrame
        Indexed by the integer ``code``; columns ``label_nb``, ``label_en``,
        ``outdated`` (bool) and any extra columns of the file (``hovedformal``, ...).
    """

    name: str
    table: pd.DataFrame

    def __contains__(self, code) -> bool:
        return code in self.table.index

    @property
    def codes(self) -> np.ndarray:
        """The codes of the list, sorted."""
        return np.sort(self.table.index.to_numpy())

    def describe(self, codes) -> pd.DataFrame:
        """Labels and flags for codes (NaN/None = no class).

        Parameters
        ----------
        codes : array_like of float or int
            Codes; NaN or None for "no class".

        Returns
        -------
        pandas.DataFrame
            ``label_nb``, ``label_en`` (None for codes not in the list), ``in_list``
            and ``outdated`` (bool), one row per input code.

        Examples
        --------
        >>> t = pd.DataFrame({"label_nb": ["Skog"], "label_en": ["Forest"],
        ...                   "outdated": [False]}, index=pd.Index([30], name="code"))
        >>> CodeList("ar5", t).describe([30, 99, None])["label_en"].tolist()
        ['Forest', None, 'no class']
        """
        values = pd.to_numeric(pd.Series(list(codes), dtype=object), errors="coerce")
        values = values.to_numpy(dtype=float)
        no_class = np.isnan(values)
        key = np.where(no_class, -1, values).astype(np.int64)
        found = self.table.reindex(key)
        in_list = found["label_nb"].notna().to_numpy() & ~no_class
        label_nb = found["label_nb"].astype(object).where(in_list, None).to_numpy()
        label_en = found["label_en"].astype(object).where(in_list, None).to_numpy()
        label_nb[no_class] = NO_CLASS_LABEL[0]
        label_en[no_class] = NO_CLASS_LABEL[1]
        outdated = found["outdated"].fillna(False).astype(bool).to_numpy() & in_list
        return pd.DataFrame(
            {"label_nb": label_nb, "label_en": label_en, "in_list": in_list, "outdated": outdated}
        )


def load_codes(path, name: str | None = None) -> CodeList:
    """Read a code-list CSV.

    Parameters
    ----------
    path : str or pathlib.Path
        The CSV file (UTF-8; columns ``code``, ``label_nb``, ``label_en``,
        ``outdated`` and any others).
    name : str, optional
        Short name; default the file stem.

    Returns
    -------
    CodeList

    Raises
    ------
    InputError
        When the file is missing, lacks a column, or has a non-integer or repeated code.
    """
    path = Path(path)
    if not path.is_file():
        raise InputError(f"Code list {path} not found; reinstall the plugin or restore the file.")
    table = pd.read_csv(path, dtype=str, keep_default_na=False, encoding="utf-8")
    missing = [c for c in _REQUIRED if c not in table.columns]
    if missing:
        raise InputError(f"Code list {path.name} lacks column(s) {', '.join(missing)}.")
    code = pd.to_numeric(table["code"].str.strip(), errors="coerce")
    bad = code.isna() | (code != code.round())
    if bad.any():
        raise InputError(
            f"Code list {path.name}: code {table['code'][bad].iloc[0]!r} is not an "
            f"integer; class codes must be whole numbers."
        )
    table["code"] = code.astype(np.int64)
    if table["code"].duplicated().any():
        dup = table["code"][table["code"].duplicated()].iloc[0]
        raise InputError(f"Code list {path.name}: code {dup} appears more than once.")
    table["outdated"] = table["outdated"].str.strip().isin(["1", "true", "True", "yes", "ja"])
    for column in table.columns:
        if column not in ("code", "outdated", "label_nb", "label_en", "note", "objtype"):
            numeric = pd.to_numeric(table[column], errors="coerce")
            if numeric.notna().all():
                table[column] = numeric.astype(np.int64)
    return CodeList(name or path.stem, table.set_index("code").sort_index())


def choose_code_list(codes, lists: Mapping[str, CodeList]) -> str | None:
    """Pick the list that knows most of the distinct codes.

    Ties go to the list named first in ``lists``; None when no list knows any code.

    Parameters
    ----------
    codes : array_like of float (NaN ignored)
    lists : mapping of name -> CodeList

    Returns
    -------
    str or None

    Examples
    --------
    >>> a = CodeList("a", pd.DataFrame({"label_nb": ["x"], "label_en": ["x"],
    ...     "outdated": [False]}, index=pd.Index([11], name="code")))
    >>> choose_code_list([11, 11, 12], {"a": a})
    'a'
    """
    arr = np.asarray(codes, dtype=float)
    distinct = np.unique(arr[~np.isnan(arr)]).astype(np.int64)
    best, best_n = None, 0
    for name, code_list in lists.items():
        n = int(np.isin(distinct, code_list.table.index.to_numpy()).sum())
        if n > best_n:
            best, best_n = name, n
    return best
