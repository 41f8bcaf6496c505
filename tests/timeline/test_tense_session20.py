"""Session 20 (lead): a plan word used as a noun after a determiner ("after the vote") does not make the clause future."""

import pytest

from tests.timeline.events_helpers import make_excerpt
from timeline.attributes import tense_of
from timeline.events import extract


@pytest.mark.parametrize(("clause", "tense"), [
    # A noun after a determiner or a possessive: the clause's own verb is past.
    ("after the vote, troops sealed the border", "past"),
    ("before sunday's visit, police detained two activists", "past"),
    ("after a visit to the front, the minister said", "past"),
    ("after their meet in geneva, the envoys flew home", "past"),
    ("until its start in may, the mission was staffed by", "past"),
    # A subject and its present verb still look ahead.
    ("when eu leaders meet in september", "future"),
    ("proposed that the two leaders meet this summer", "future"),
    ("until talks resume on monday", "future"),
    ("once the ministers sign the accord", "future"),
    ("before parliament votes on the treaty", "past"),  # "votes" is no bare present: unchanged, as before
])
def test_a_plan_word_as_a_noun_is_no_future(clause, tense):
    assert tense_of(clause, 0, len(clause)) == tense


def test_an_act_after_the_vote_takes_the_past_weekday():
    # Published on a Wednesday: "on Monday" is two days before, not five days ahead.
    x = make_excerpt("After the vote, troops sealed the border crossing on Monday, officials said.", "2031-04-09")
    acts = [e for e in extract(x) if e.kind.value == "other"]
    assert acts and str(acts[0].date.start) == "2031-04-07"
