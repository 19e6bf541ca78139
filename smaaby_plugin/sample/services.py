"""The kind of service (or none) each Eksempelby business stands for: the ``service`` field
of the businesses layer, for smaaby:serviceaccess, smaaby:accessibility and
smaaby:centrality.

Derived from each business's NACE code and name only (no random draw), so it changes no
other value of the sample. The kinds: ``school_primary`` (85.201 barneskole),
``school_lower_secondary`` (85.201 named ungdomsskole), ``upper_secondary`` (85.310),
``gp`` (86.211 legekontor / legesenter), ``nav`` (84.300), ``pharmacy`` (47.730) and
``grocery`` (47.111); every other business has none (``None``). The region has no
hospital: asking for ``hospital`` shows how a kind without destinations is reported.

>>> service_kinds(["85.201", "85.201", "47.111", "41.200"],
...               ["Lia skole", "Eksempelby ungdomsskole", "Lia Handel", "Bygg AS"])
['school_primary', 'school_lower_secondary', 'grocery', None]
"""

from __future__ import annotations

from collections.abc import Sequence

__all__ = ["SERVICE_KINDS", "service_kinds"]

#: NACE code -> kind (85.201 is split by name below).
SERVICE_KINDS = {
    "85.201": "school_primary",
    "85.310": "upper_secondary",
    "86.211": "gp",
    "84.300": "nav",
    "47.730": "pharmacy",
    "47.111": "grocery",
}


def service_kinds(nace: Sequence[str], names: Sequence[str]) -> list:
    """The service kind per business (None for businesses that are no service)."""
    out = []
    for code, name in zip(nace, names):
        kind = SERVICE_KINDS.get(str(code))
        if kind == "school_primary" and "ungdomsskole" in str(name).lower():
            kind = "school_lower_secondary"
        out.append(kind)
    return out
