"""The one missing-value policy (core.values): counts, ids, classes."""

import numpy as np
import pytest

from smaaby_plugin.core.errors import InputError
from smaaby_plugin.core.values import COUNT_CEILING, check_counts, check_ids, class_keys, listing


def test_missing_counts_are_zero_and_counted():
    checked = check_counts([5.0, np.nan, 2.0, np.nan], [1, 2, 3, 4], "POPULATION")
    assert checked.values.tolist() == [5.0, 0.0, 2.0, 0.0]
    assert (checked.n_missing, checked.n, checked.share_missing) == (2, 4, 0.5)


@pytest.mark.parametrize(
    ("value", "reason"),
    [(-1.0, "negative"), (np.inf, "infinite"), (-np.inf, "infinite"), (2e7, "above")],
)
def test_odd_counts_stop_with_the_feature_ids(value, reason):
    with pytest.raises(InputError, match=reason) as caught:
        check_counts([1.0, value, 3.0], [10, 11, 12], "POPULATION 'pop'")
    assert "feature id 11" in str(caught.value) and "POPULATION 'pop'" in str(caught.value)


def test_the_ceiling_is_inclusive_and_configurable():
    assert check_counts([COUNT_CEILING], [1], "X").values[0] == COUNT_CEILING
    with pytest.raises(InputError, match="above 100"):
        check_counts([101.0], [1], "X", ceiling=100)


def test_duplicate_ids_are_listed_with_their_counts():
    with pytest.raises(InputError) as caught:
        check_ids(["a", "b", "a", "c", "b", "a"], "ZONES 'id'")
    text = str(caught.value)
    assert "2 id(s)" in text and "'a' (3 times)" in text and "'b' (2 times)" in text


def test_missing_ids_are_an_error_unless_allowed():
    with pytest.raises(InputError, match=r"1 feature\(s\) have no id \(feature id 8\)"):
        check_ids(["a", None, "b"], "ZONES 'id'", ids=[7, 8, 9])
    check_ids(["a", None, "b", np.nan], "ZONES 'id'", allow_missing=True)


def test_listing_is_cut_at_the_limit():
    assert listing(range(3)) == "0, 1, 2"
    assert listing(range(12), limit=2) == "0, 1, … (12 in all)"


def test_class_keys_group_numbers_numeric_text_and_text():
    keys = class_keys([21, 21.0, "21", " 21 ", "21,0", "Skog", "skog", "", None, np.nan, 2.5])
    assert keys.tolist() == [21, 21, 21, 21, 21, "Skog", "skog", None, None, None, "2.5"]


def test_class_keys_never_cast_huge_or_infinite_codes():
    # 1e300 crashed two algorithms with "cannot safely cast non-equivalent float64 to int64"
    assert class_keys([1e300, np.inf, 2.0**60]).tolist() == ["1e+300", "inf", "1.15292e+18"]
