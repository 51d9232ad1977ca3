"""Story grouping: reports of one event group together; a related but different event does not."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from discrepancy.extract import compile_rules, extract
from discrepancy.model import Article
from discrepancy.reader import read_articles
from discrepancy.rulebook import load_rulebook
from discrepancy.stories import _figures, _same_stem, group_stories, place_claims

RULES = compile_rules(load_rulebook())
SAMPLES = Path(__file__).parent.parent / "samples"

WIRE = (
    "Gunman kills 3 at Denver mall\n\n"
    "A gunman opened fire at a shopping mall in Denver on Saturday afternoon, killing three "
    "people and wounding five others, police said. The suspect, a 24-year-old man, was arrested "
    "at the scene. Police Chief Ron Thomas said officers arrived within four minutes. It was the "
    "second shooting in the city this week; on Tuesday two people were killed outside a nightclub."
)
BRIEF = (
    "Three people died and at least five were injured in Saturday's shooting at a Denver mall, "
    "according to police."
)


def stories_of(*articles: Article) -> list[list[str]]:
    leads = {a.id: lead for a in articles if (lead := extract(a, RULES).lead)}
    return [list(s.articles) for s in group_stories(articles, leads=leads)]


def test_samples_split_the_april_funeral_from_the_may_meeting() -> None:
    articles = read_articles([str(SAMPLES)]).articles
    groups = stories_of(*articles)
    assert [[a[:3] for a in g] for g in groups] == [["000", "001", "002", "003"], ["004"]]


def test_a_short_brief_with_the_same_lead_joins_the_long_story() -> None:
    wire = Article("wire", "wire.txt", WIRE, published=date(2025, 6, 8))
    brief = Article("brief", "brief.txt", BRIEF, published=date(2025, 6, 9))
    assert stories_of(wire, brief) == [["wire", "brief"]]


def test_a_brief_about_another_day_stays_apart() -> None:
    wire = Article("wire", "wire.txt", WIRE, published=date(2025, 6, 8))
    other = Article(
        "other", "other.txt", BRIEF.replace("Saturday's", "Thursday's"), published=date(2025, 6, 9)
    )
    assert stories_of(wire, other) == [["wire"], ["other"]]


RESULTS_WIRE = (
    "MILAN (Wire) - Italian carmaker Veltra Automobili said on Thursday it would cut 7,500 "
    "jobs after a net loss of 1.4 billion euros. Chief executive Marco Ferretti told analysts "
    "in Turin the plan would close an engine plant near Collegno."
)
RESULTS_FEATURE = (
    "Veltra Automobili, the maker of compact vans, will eliminate thousands of positions by "
    "2028, bosses confirmed, as a slump in demand for electric models bites. Ferretti, who "
    "took over in 2023, is betting on a cheaper platform. Unions in Turin and Collegno "
    "called the plan a betrayal of workers who had accepted wage freezes."
)


def test_reports_worded_apart_join_on_the_names_they_share() -> None:
    """Few words in common, but the same company, chief and towns: one story."""
    wire = Article("wire", "wire.txt", RESULTS_WIRE, published=date(2026, 2, 19))
    feature = Article("feature", "feature.txt", RESULTS_FEATURE, published=date(2026, 2, 19))
    assert stories_of(wire, feature) == [["wire", "feature"]]


def test_names_that_open_sentences_are_not_a_shared_cast() -> None:
    """'Police said...' and 'Officers...' open sentences in every story: no names in common."""
    one = Article("one", "one.txt", "Police said a van hit a wall. Officers closed the road.")
    two = Article("two", "two.txt", "Police said the vote was close. Officers kept order.")
    assert stories_of(one, two) == [["one"], ["two"]]


def test_unrelated_stories_stay_apart() -> None:
    quake = Article(
        "quake",
        "quake.txt",
        "A magnitude 6.1 earthquake struck the northern province on Sunday, killing five people.",
    )
    wire = Article("wire", "wire.txt", WIRE, published=date(2025, 6, 8))
    assert stories_of(wire, quake) == [["wire"], ["quake"]]


def test_no_articles_no_stories() -> None:
    assert group_stories([]) == ()


def _round_up_articles() -> list[Article]:
    return [
        Article(
            "a1",
            "a1.md",
            "A man was stabbed to death on Corporation Street in Birmingham on Tuesday evening. "
            "Three other people were injured, police said.",
            published=date(2026, 3, 11),
        ),
        Article(
            "b1",
            "b1.md",
            "A man was stabbed to death outside a bar on Broad Street in Birmingham late on "
            "Saturday night. Two other men were hurt, police said.",
            published=date(2026, 3, 15),
        ),
        Article(
            "c1",
            "c1.md",
            "Two men were stabbed to death in Birmingham in five days last week, and patrols "
            "will be stepped up. On Tuesday, a man was stabbed on Corporation Street. Three "
            "other people were injured.\n\nThen, on Saturday night, a man was stabbed on Broad "
            "Street. Four other men were wounded.",
            published=date(2026, 3, 17),
        ),
    ]


def test_a_round_up_s_figures_of_another_story_s_event_are_compared_there() -> None:
    articles = _round_up_articles()
    extractions = {a.id: extract(a, RULES) for a in articles}
    leads = {i: e.lead for i, e in extractions.items() if e.lead}
    claims = [c for e in extractions.values() for c in e.claims]
    stories = group_stories(articles, leads=leads)
    story_of_b1 = next(s.id for s in stories if "b1" in s.articles)
    widened, placed = place_claims(stories, claims, leads)
    injured = {
        story.id: sorted(c.article for c in story_claims if c.slot == "casualties.injured")
        for story, story_claims in placed
    }
    assert injured[story_of_b1] == ["b1", "c1"]
    assert "c1" in next(s for s in widened if s.id == story_of_b1).articles
    assert sum(ids.count("c1") for ids in injured.values()) == 2  # each figure compared once


def test_a_broader_word_in_another_story_still_reports_its_event() -> None:
    from discrepancy.model import Claim, Day, Event, Lead, ValueKind
    from discrepancy.stories import _story_it_reports

    saturday = Day(date(2026, 3, 7), 5, earliest=date(2026, 3, 7), latest=date(2026, 3, 7))
    nightclub = Lead("shooting", saturday, frozenset({"neon", "lounge"}))
    attack = Event(category="attack", anchor=saturday, places=("Neon Lounge",))
    claim = Claim("x#1", "x", "person.age", ValueKind.MEASURE, "23", "s", 0, 2, event=attack)
    leads_of = {"home": [], "club": [nightclub]}
    # "the attack at the Neon Lounge" in a story of a later shooting is the nightclub's
    assert _story_it_reports(claim, "home", leads_of, RULES.rulebook) == "club"
    assert _story_it_reports(claim, "home", leads_of) is None  # no rulebook: kinds must match


_TWO_EVENTS = {
    # two outlets' "Press" in their datelines do not make two fires one
    "fires": (
        "LISBON (Continental Press) - Five people died when fire swept through the Hotel "
        "Miradouro in Lisbon early on Tuesday, the fire service said.",
        date(2026, 3, 10),
        "HALBRIDGE (Meridian Press) - Four people died when fire swept through Brenner House "
        "in Halbridge early on Saturday, the fire service said.",
        date(2026, 3, 14),
    ),
    # same province, same agency, a week apart: the second report itself calls the first
    # "last week's deadly earthquake", another event
    "quakes": (
        "An earthquake of magnitude 6.1 struck Manisa province in western Turkey on Tuesday, "
        "killing three people in the Akhisar district, the disaster agency AFAD said. Rescuers "
        "searched collapsed buildings in Akhisar through the night.",
        date(2026, 3, 10),
        "A magnitude 5.4 earthquake struck the Gördes district of Manisa province early Tuesday, "
        "killing one person, the disaster agency AFAD said. Residents still on edge after last "
        "week's deadly earthquake in neighbouring Akhisar rushed into the streets.",
        date(2026, 3, 17),
    ),
}


@pytest.mark.parametrize("pair", list(_TWO_EVENTS), ids=list(_TWO_EVENTS))
def test_two_events_of_one_kind_are_two_stories(pair: str) -> None:
    first_text, first_day, second_text, second_day = _TWO_EVENTS[pair]
    first = Article("a", "a.md", first_text, published=first_day)
    second = Article("b", "b.md", second_text, published=second_day)
    assert stories_of(first, second) == [["a"], ["b"]]


def test_leads_naming_one_typhoon_are_one_story() -> None:
    wire = Article(
        "w",
        "w.md",
        "Typhoon Saranai slammed into the northern Philippines early on Tuesday, killing at "
        "least nine people in Luzon and forcing more than 100,000 from their homes.",
        title="Typhoon Saranai slams northern Philippines",
        published=date(2026, 9, 15),
    )
    local = Article(
        "l", "l.md",
        "Saranai leaves trail of ruin across Aurora. Typhoon Saranai killed seven people in "
        "Casiguran on Tuesday, Governor Liza Pacheco-Ong said, as barangay captains counted "
        "flattened homes in Dibet and Baler.",
        title="Saranai leaves trail of ruin across Aurora", published=date(2026, 9, 16),
    )  # fmt: skip
    assert stories_of(wire, local) == [["w", "l"]]


def test_a_search_reported_on_two_days_in_one_place_is_one_story() -> None:
    # A search goes on for days: Saturday's rescue and Monday's are one search on Manaslu.
    saturday = Article(
        "s",
        "s.md",
        "GORKHA - A helicopter rescue team on Saturday plucked two climbers alive from the "
        "slopes below Camp 4 on Manaslu and spotted a body, as the search continued for the "
        "rest of a team hit by this week's storm, said Pasang Gurung of the rescue committee.",
        published=date(2026, 10, 3),
    )
    monday = Article(
        "m", "m.md",
        "ANCHOR: In Nepal, rescuers on the mountain Manaslu have now found three climbers "
        "dead, and the search goes on tonight for three more still missing near Camp 4.",
        published=date(2026, 10, 5),
    )  # fmt: skip
    assert stories_of(saturday, monday) == [["s", "m"]]


def test_a_local_paper_named_after_its_city_still_names_that_city() -> None:
    # The Dnipro Herald's "Dnipro" is the city of the story; only the outlet's written name
    # ("the Dnipro Herald", "(Meridian Wire)") names no one.
    from discrepancy.stories import _proper_names

    local = Article(
        "l", "l.md",
        "At least nine people died in the block, the Dnipro Herald learned. It is the second "
        "strike on Dnipro in a month, Mayor Borys Filatov said.",
        outlet="Dnipro Herald", published=date(2026, 3, 11),
    )  # fmt: skip
    names = _proper_names(local)
    assert names.get("dnipro") == 1.0  # the city, once; the outlet's name not at all
    assert "herald" not in names


def test_a_lead_naming_the_other_s_kind_as_well_joins_it() -> None:
    # The broadcast leads with the search; the flood it names is the wire's lead. They share
    # few words and only the county's name.
    wire = Article(
        "w",
        "w.md",
        "HANKSVILLE, Utah - A flash flood tore through Slot Canyon on Saturday afternoon, "
        "killing three hikers from Colorado, Wayne County Sheriff Dana Holbrook said. Eleven "
        "others were plucked from ledges by a helicopter crew. The National Weather Service "
        "had warned of thunderstorms over the Henry Mountains. Holbrook said the victims were "
        "part of a group of fourteen on a guided trip.",
        title="Three hikers killed in Utah flash flood",
        published=date(2026, 8, 16),
    )
    broadcast = Article(
        "b", "b.md",
        "ANCHOR: The search goes on tonight in Wayne County for walkers caught by yesterday's "
        "flash flood. REPORTER: Volunteers from Emery and Garfield counties, led by Captain "
        "Tom Pruitt of Loa, worked with dogs until dark along the wash, and families waited "
        "at the Torrey visitor centre for news from Pruitt's teams.",
        title="KSUT evening news (transcript)", published=date(2026, 8, 16),
    )  # fmt: skip
    assert stories_of(wire, broadcast) == [["w", "b"]]


def test_an_analysis_a_week_on_joins_on_a_strong_shared_cast() -> None:
    """Worded apart and a week later, but naming the same company, chief and towns: one story;
    a fortnight on, the same cast no longer joins (related news names it for months)."""
    wire = Article("wire", "wire.txt", RESULTS_WIRE, published=date(2026, 2, 19))
    week = Article("week", "week.txt", RESULTS_FEATURE, published=date(2026, 2, 26))
    assert stories_of(wire, week) == [["wire", "week"]]
    later = Article("later", "later.txt", RESULTS_FEATURE, published=date(2026, 3, 10))
    assert stories_of(wire, later) == [["wire"], ["later"]]


@pytest.mark.parametrize(
    ("place", "word", "same"),
    [
        ("ukraine", "ukrainian", True),
        ("germany", "german", True),
        ("japan", "japanese", True),
        ("france", "francisco", False),  # San Francisco is no Frenchman
        ("austria", "australia", False),
    ],
)
def test_a_place_and_its_peoples_word_share_a_stem(place: str, word: str, same: bool) -> None:
    assert _same_stem(place, word) is same


def test_two_halves_of_one_story_merge_though_their_heaviest_words_differ() -> None:
    """A wire story and a brief form one cluster, a broadcast and a county paper another; the
    two share none of their twelve heaviest words but, on average, the cast of one story.
    With few stories every pair is weighed, so they merge."""
    folder = Path(__file__).parent / "corpus" / "pending" / "halvorsen-ammonia-derailment"
    articles = read_articles([str(folder)]).articles
    assert len(stories_of(*articles)) == 1


def test_a_bracketed_programme_note_is_no_lead() -> None:
    text = (
        "[Transcript, DW News, 12:00 UTC bulletin]\n\n"
        "ANCHOR: Good afternoon. We start in northern Poland, where a cargo ship has hit part "
        "of a road bridge in the port city of Gdansk. The ship struck the bridge shortly "
        "before five this morning local time."
    )
    lead = extract(Article("dw", "dw.txt", text, published=date(2025, 10, 14)), RULES).lead
    assert lead is not None and lead.category == "crash"
    assert lead.day.date == date(2025, 10, 14)


@pytest.mark.parametrize(
    ("text", "published", "category"),
    [
        pytest.param(
            "BUCHAREST (AP) - Rescuers recovered the bodies of the last two missing residents "
            "from the rubble of a collapsed apartment block on Thursday, raising the death toll "
            "from a gas explosion to seven, authorities said.",
            date(2025, 3, 13),
            "bombing",
            id="the_day_dates_the_toll",
        ),
        pytest.param(
            "HASSELT (AP) - A Belgian investigating judge on Monday charged a 27-year-old man "
            "with murder and attempted murder after a knife attack at a summer festival that "
            "killed two people, prosecutors said.",
            date(2025, 7, 22),
            "stabbing",
            id="what_after_names_came_before",
        ),
    ],
)
def test_a_lead_s_day_of_something_else_does_not_date_its_event(
    text: str, published: date, category: str
) -> None:
    """'Raising the death toll from a gas explosion' on Thursday, a charge on Monday 'after a
    knife attack': the explosion and the attack are not Thursday's or Monday's, and an update
    must not read as a second event."""
    lead = extract(Article("ap", "ap.txt", text, published=published), RULES).lead
    assert lead is not None and lead.category == category
    assert not lead.dated


def test_a_later_report_sharing_the_story_s_rare_words_joins_it() -> None:
    """A market report four days on words the news apart from the wire's results story, but
    names the company, its chief and its city: words rare in English tie it to the story."""
    wire = Article(
        "wire", "wire.md",
        "BENGALURU (Reuters) - Vistaran Technologies reported a 12 percent fall in first-quarter "
        "net profit on Thursday and said it would cut 2,400 jobs, as clients in the United States "
        "held back spending. Chief executive Raghav Menon said the Bengaluru-based company "
        "expected demand to recover late in the year. Net profit fell to 9.1 billion rupees in "
        "the April-June quarter.",
        published=date(2025, 7, 17),
    )  # fmt: skip
    market = Article(
        "market", "market.md",
        "Shares of Vistaran fell 6 percent in Mumbai on Monday, their steepest drop in two years, "
        "as brokerages cut their targets after the job cuts. Menon, who took charge in 2021, is "
        "under pressure to revive growth at the Bengaluru-based firm, analysts at Kotak said.",
        published=date(2025, 7, 21),
    )  # fmt: skip
    assert stories_of(wire, market) == [["wire", "market"]]


def test_rarity_in_english_orders_common_words_below_names() -> None:
    from discrepancy.rarity import zipf

    assert zipf("the") > zipf("fire") > zipf("quake") > zipf("vistaran")
    # a compound is as rare as its rarest part
    assert zipf("bengaluru-based") == zipf("bengaluru") < zipf("based")


def test_a_missing_word_list_is_one_clear_error(monkeypatch: pytest.MonkeyPatch) -> None:
    from discrepancy import rarity
    from discrepancy.errors import FileError

    monkeypatch.setattr(rarity, "_LIST", "no_such_list.msgpack.gz")
    rarity._table.cache_clear()
    try:
        with pytest.raises(FileError, match=r"no_such_list\.msgpack\.gz: cannot read"):
            rarity.zipf("fire")
    finally:
        rarity._table.cache_clear()


def test_a_certified_count_a_week_on_joins_the_election_night_story() -> None:
    """The certification's lead is dated the day of certifying, but names the vote's own day:
    one story; a lead that dates its referendum the day before certifying is another vote."""
    night = Article(
        "night", "night.md",
        "KOROR, Palau (AP) - Voters in Palau approved replacing the two-chamber Olbiil Era "
        "Kelulau with a single house in a referendum on Tuesday, according to a preliminary "
        "count by the Palau Election Commission. With all ballots cast inside the country "
        "counted, 4,412 voters, or 59.6%, supported the change. Turnout was 58 percent, and "
        "President Surangel Whipps Jr. welcomed the result.",
        published=date(2026, 3, 18),
    )  # fmt: skip
    certified = Article(
        "certified", "certified.md",
        "The commission on Thursday certified the results of the March 17 referendum. The "
        "amendment received 5,599 votes, or 58.3%, once the 2,261 absentee ballots that reached "
        "Koror by the deadline were added. Overseas voters in Guam and Hawaii backed the change "
        "by a narrower margin, officials said.",
        published=date(2026, 3, 27),
    )  # fmt: skip
    assert stories_of(night, certified) == [["night", "certified"]]
    another = Article(
        "another", "another.md",
        certified.text.replace("the March 17 referendum", "a referendum on Wednesday"),
        published=date(2026, 3, 27),
    )  # fmt: skip
    assert stories_of(night, another) == [["night"], ["another"]]


@pytest.mark.parametrize(
    ("text", "figures"),
    [
        ("4,412 voters, or 59.6%, backed it", {"4412", "59.6"}),
        ("a fine of 1,000 euros, 250 more than in 2019, up 3.5%", set()),
        ("Call Crime Stoppers at 414-224-8477 about flight A-320", set()),
        ("revenue of 2.84 billion and 1,250 staff", {"2.84", "1250"}),
    ],
)
def test_exact_figures_leave_out_round_ones_years_and_codes(text: str, figures: set[str]) -> None:
    assert _figures(Article("a", "a.md", text)) == figures


MINUTES_NIGHT = (
    "PORT LOUIS, Sept 24 (Reuters) - The Bank of Mauritius cut its benchmark rate by half a "
    "point at its meeting on Wednesday, citing easing prices and weaker tourism receipts. "
    "Headline inflation eased to 3.1% in August. Governor Anand Ramkissoon also announced a "
    "5.25 billion-rupee facility for small firms. The rupee closed at 45.92 per dollar."
)
MINUTES = (
    "Two of the Bank of Mauritius's seven rate setters wanted a smaller reduction last month, "
    "according to minutes of the meeting published on Thursday. The dissenters pointed to the "
    "current-account deficit and the rupee, which has slipped from 45.92 per dollar since "
    "Governor Anand Ramkissoon announced the cut. Data since then strengthened the majority: "
    "prices rose 2.8% in September after 3.1%, and banks can draw on the 5.25 billion-rupee "
    "facility until June."
)


def test_a_later_report_restating_the_story_s_exact_figures_joins_it() -> None:
    """The minutes' lead is dated the day they came out; the figures they restate (the
    facility, the rupee's close) tie them to the meeting's story."""
    night = Article("night", "night.md", MINUTES_NIGHT, published=date(2025, 9, 24))
    minutes = Article("minutes", "minutes.md", MINUTES, published=date(2025, 10, 9))
    assert stories_of(night, minutes) == [["night", "minutes"]]
    # Months on, the same figures are another story's (a storm's winds are the next storm's);
    # without them, the minutes' own day sets them apart.
    months_on = Article("later", "later.md", MINUTES, published=date(2026, 2, 9))
    assert stories_of(night, months_on) == [["night"], ["later"]]
    unfigured = MINUTES.replace("45.92", "46").replace("5.25", "5")
    alone = Article("alone", "alone.md", unfigured, published=date(2025, 10, 9))
    assert stories_of(night, alone) == [["night"], ["alone"]]


@pytest.mark.parametrize(
    ("sentence", "not_the_event"),
    [
        (
            "Dana Foods shares jumped 28 percent on the Qatar Stock Exchange on Sunday after the "
            "takeover offer was announced.",
            "exchange",
        ),
        # a bribe's terms and a gunfight name no exchange of prisoners
        (
            "The mayor was arrested on Monday and charged with taking bribes in exchange for "
            "permits.",
            "exchange",
        ),
        ("Two officers were wounded on Monday in an exchange of fire with the gang.", "exchange"),
        # an auctioneer's hammer comes down on a sale, no building
        ("The hammer came down at 1.15 million pounds on Wednesday.", "collapse"),
    ],
)
def test_a_word_in_another_sense_names_no_event(sentence: str, not_the_event: str) -> None:
    article = Article("a", "a.md", sentence, published=date(2025, 10, 16))
    lead = extract(article, RULES).lead
    assert lead is None or lead.category != not_the_event
