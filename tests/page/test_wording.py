"""Date, interval and difference wording on the page."""

from __future__ import annotations

from datetime import date

import pytest

from page.wording import anchor, difference_text, heading_label, outlet_list, range_label, span_label

D = date.fromisoformat

SPANS = [
    # (start, end, label)
    ("2017-04-27", "2017-04-27", "Thu 27 Apr 2017"),
    ("2017-08-28", "2017-09-03", "sometime in the week of 28 Aug 2017"),
    ("2019-06-01", "2019-06-30", "sometime in June 2019"),
    ("2021-02-01", "2021-02-28", "sometime in February 2021"),
    ("2014-01-01", "2014-12-31", "sometime in 2014"),
    ("2022-03-05", "2022-03-06", "sometime on the weekend of 5\u20136 Mar 2022"),
    ("2022-04-30", "2022-05-01", "sometime on the weekend of 30 Apr\u20131 May 2022"),
    ("2020-12-29", "2021-01-02", "sometime between 29 Dec 2020 and 2 Jan 2021"),
    ("2016-11-02", "2016-11-04", "sometime between 2 and 4 Nov 2016"),
    ("2016-10-30", "2016-11-04", "sometime between 30 Oct and 4 Nov 2016"),
    # A Tuesday-to-Monday week is not "the week of": only Monday-to-Sunday weeks are named so.
    ("2018-07-03", "2018-07-09", "sometime between 3 and 9 Jul 2018"),
]


@pytest.mark.parametrize(("start", "end", "label"), SPANS)
def test_span_label(start: str, end: str, label: str) -> None:
    assert span_label(D(start), D(end)) == label


def test_heading_label_starts_with_a_capital() -> None:
    assert heading_label(D("2019-06-01"), D("2019-06-30")) == "Sometime in June 2019"
    assert heading_label(D("2019-06-03"), D("2019-06-03")) == "Mon 3 Jun 2019"


def test_undated_and_ranges() -> None:
    assert span_label(None, None) == "Undated"
    assert range_label(D("2015-05-02"), D("2015-05-02")) == "2 May 2015"
    assert range_label(D("2015-05-02"), D("2015-06-11")) == "2 May 2015 \u2013 11 Jun 2015"


DIFFERENCES = [
    (("date", "2017-04-27", "2017-04-26"), "date: 27 Apr here, 26 Apr there"),
    (("date", "2016-12-31", "2017-01-01"), "date: 31 Dec 2016 here, 1 Jan 2017 there"),
    (("date", "2019-03-04/2019-03-10", "2019-03-06"), "date: 4\u201310 Mar here, 6 Mar there"),
    (("date", "2019-02-25..2019-03-03", None), "date: 25 Feb \u2013 3 Mar 2019 here, no date there"),
    (("date", "last spring", "2019-03-06"), "date: last spring here, 6 Mar 2019 there"),
    (("place", "Aleppo", "Idlib"), "place: Aleppo here, Idlib there"),
    (("count", "12", None), "count: 12 here, not stated there"),
]


@pytest.mark.parametrize(("args", "text"), DIFFERENCES)
def test_difference_text(args: tuple[str, str | None, str | None], text: str) -> None:
    assert difference_text(*args) == text


def test_anchor_keeps_plain_ids_and_encodes_the_rest() -> None:
    assert anchor("ev-", "000-3f9a2c") == "ev-000-3f9a2c"
    odd = anchor("ev-", 'a b"<c>_')
    assert odd.startswith("ev-a") and all(c.isalnum() or c in "-._" for c in odd)
    # Different ids never share an anchor, even when they differ only in an encoded character.
    assert anchor("ev-", "a b") != anchor("ev-", "a_b") != anchor("ev-", "a_20_b")


def test_outlet_list() -> None:
    assert outlet_list([]) == ""
    assert outlet_list(["Reuters"]) == "Reuters"
    assert outlet_list(["AP", "Reuters"]) == "AP and Reuters"
    assert outlet_list(["AFP", "AP", "Reuters"]) == "AFP, AP and Reuters"
