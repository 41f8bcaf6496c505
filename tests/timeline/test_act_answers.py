"""'responded with five explosions', 'answered by expelling': an answer given in acts is no statement."""
import pytest

from tests.timeline.test_events import extract_strict, make_excerpt

CASES = [
    # (sentence, kinds expected, kinds never expected)
    ("Pakistan answered with five explosions of its own on Thursday.", {"other"}, {"statement"}),
    ("India responded by expelling two Pakistani diplomats on Friday.", {"sanction"}, {"statement"}),
    ("Seoul retaliated on Monday and Pyongyang responded with artillery strikes on the island.", set(), {"statement"}),
    # Words given in answer stay a statement.
    ("The ministry responded with a strongly worded statement on Friday.", {"statement"}, set()),
    # An answer in measures is an act too (the ruling; civil's session-8 request).
    ("China responded with sanctions on three US defence firms on Monday.", set(), {"statement"}),
]


@pytest.mark.parametrize(("text", "wanted", "never"), CASES)
def test_an_answer_in_acts_is_no_statement(text, wanted, never):
    kinds = {e.kind.value for e in extract_strict(make_excerpt(text, published="2019-03-01"))}
    assert wanted <= kinds, kinds
    assert not (never & kinds), kinds
