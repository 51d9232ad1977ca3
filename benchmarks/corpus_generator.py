"""Write realistic multi-story corpora with planted conflicts, for benchmarks that check answers.

Usage: python benchmarks/corpus_generator.py FOLDER [--articles 200] [--seed 7]

`generate(folder, articles, seed)` writes `.md` articles (front matter: title, outlet, published)
grouped into stories of 3 to 20 articles of many kinds (shootings, quakes, floods, fires, bus and
train crashes, strikes, elections, sentencings, company results, protests). Each story has its
own invented town, people and dates; its articles are told by different outlets in different
styles (wire, local paper, brief) and carry numbers that are not facts of the story (ages of
other people, years, an older event's toll). In some stories one article gives another figure
for one fact: those planted conflicts, and the stories, are recorded in the returned `Manifest`
and in `manifest.json` beside the articles. The same seed writes the same bytes.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import random
import string
from collections.abc import Callable, Iterable, Mapping
from dataclasses import asdict, dataclass, field, replace
from pathlib import Path
from typing import Any

# Story sizes: mostly a handful of reports, sometimes a big story covered by many outlets.
_SIZE_WEIGHTS = {n: (12 if n <= 5 else 6 if n <= 8 else 2 if n <= 12 else 1) for n in range(3, 21)}
PLANT_SHARE = 0.4  # stories in which one article gets one fact wrong
_WORDS_PER_ARTICLE = (150, 400)
_YEAR_START = dt.date(2025, 1, 1)
_WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)
_ONSETS = (
    "b",
    "br",
    "d",
    "dr",
    "f",
    "g",
    "gr",
    "h",
    "k",
    "kr",
    "l",
    "m",
    "n",
    "p",
    "r",
    "s",
    "st",
    "t",
    "tr",
    "v",
    "w",
    "z",
    "th",
    "sh",
)
_VOWELS = ("a", "e", "i", "o", "u", "a", "e", "o")
_CODAS = ("", "", "", "n", "r", "l", "s", "m", "nd", "rk")
_SURNAME_ENDINGS = ("son", "er", "ik", "ov", "ard", "ell", "an", "berg", "ton", "ey")
_FIRST_ENDINGS = ("a", "an", "el", "o", "ia", "en", "ar", "is")
_TOWN_ENDINGS = ("ton", "by", "ford", "holm", "stad", "wick", "vale", "mouth", "dorf", "ham")
_REGION_ENDINGS = ("ia", "land", "shire", "a")
_COMPANY_ENDINGS = ("ex", "on", "ia", "co", "tec", "ix")
_OUTLETS = {
    "wire": (
        "Continental Press Agency",
        "Meridian Wire",
        "Northern News Service",
        "Global Report Agency",
        "Atlas Press",
        "Harbour Wire Service",
    ),
    "local": (
        "The {town} Courier",
        "{region} Herald",
        "The {town} Gazette",
        "{region} Evening Post",
        "The {town} Chronicle",
        "{region} Today",
    ),
    "brief": (
        "Newsline Brief",
        "The Morning Digest",
        "Daily Roundup",
        "Briefing Desk",
        "The Evening Summary",
        "Channel Nine Online",
        "Radio North News",
    ),
}
_STYLE_WEIGHTS = {"wire": 4, "local": 3, "brief": 3}
_NUMBER_WORDS = "zero one two three four five six seven eight nine ten eleven twelve".split()


# --- the kinds of story -------------------------------------------------------------------------


@dataclass(frozen=True)
class Kind:
    """A kind of news: its figures (with the slot each states), people and paragraphs.

    Templates are `str.format` strings over the story's values; `{x_w}` is figure `x` spelt out
    when small. `leads` are per style; `body`, `colour` and `traps` are shared by the styles.
    """

    name: str
    facts: Callable[[random.Random, _Names], dict[str, str]]
    slots: Mapping[str, str]  # fact key -> slot id of `discrepancy rules`
    plantable: tuple[str, ...]
    people: tuple[str, ...]
    titles: tuple[str, ...]
    leads: Mapping[str, tuple[str, ...]]
    body: tuple[str, ...]
    colour: tuple[str, ...]
    traps: tuple[str, ...]


def _n(rng: random.Random, low: int, high: int, step: int = 1) -> str:
    return f"{rng.randrange(low, high + 1, step):,}"


def _f(rng: random.Random, low: float, high: float, digits: int = 1) -> str:
    return f"{rng.uniform(low, high):.{digits}f}"


def _shooting_facts(rng: random.Random, names: _Names) -> dict[str, str]:
    venue = rng.choice(("shopping centre", "supermarket", "nightclub", "bus station", "sports bar"))
    return {
        "killed": _n(rng, 2, 8),
        "injured": _n(rng, 3, 19),
        "venue": venue,
        "old_n": _n(rng, 3, 12),
        "opened": str(rng.randint(1985, 2015)),
    }


def _quake_facts(rng: random.Random, names: _Names) -> dict[str, str]:
    magnitude = rng.uniform(5.2, 7.2)
    return {
        "magnitude": f"{magnitude:.1f}",
        "after": f"{magnitude - rng.uniform(0.8, 1.6):.1f}",
        "depth": _n(rng, 8, 60),
        "killed": _n(rng, 3, 60),
        "injured": _n(rng, 20, 400),
        "homes": _n(rng, 200, 3000, 50),
        "old_mag": _f(rng, 5.5, 6.9),
        "old_n": _n(rng, 10, 90),
        "distance": _n(rng, 6, 30),
    }


def _flood_facts(rng: random.Random, names: _Names) -> dict[str, str]:
    return {
        "killed": _n(rng, 2, 14),
        "evacuated": _n(rng, 2000, 30000, 500),
        "rain": _n(rng, 120, 280, 10),
        "homes": _n(rng, 300, 4000, 100),
        "river": names.fresh(rng, lambda r: _syllables(r, 2, 3)),
        "old_n": _n(rng, 5, 40),
    }


def _fire_facts(rng: random.Random, names: _Names) -> dict[str, str]:
    return {
        "killed": _n(rng, 2, 9),
        "injured": _n(rng, 4, 30),
        "evacuated": _n(rng, 60, 400, 10),
        "floors": _n(rng, 6, 22),
        "firefighters": _n(rng, 40, 150, 10),
        "house": _n(rng, 3, 180),
        "old_n": _n(rng, 4, 20),
        "built": str(rng.randint(1958, 1989)),
    }


def _bus_facts(rng: random.Random, names: _Names) -> dict[str, str]:
    return {
        "killed": _n(rng, 2, 12),
        "injured": _n(rng, 8, 40),
        "passengers": _n(rng, 42, 58),
        "dest": names.fresh(rng, _town),
        "road": f"A{rng.randint(2, 60)}",
        "old_n": _n(rng, 5, 30),
    }


def _train_facts(rng: random.Random, names: _Names) -> dict[str, str]:
    return {
        "killed": _n(rng, 2, 18),
        "injured": _n(rng, 20, 120),
        "passengers": _n(rng, 150, 600, 10),
        "speed": _n(rng, 80, 160, 5),
        "limit": _n(rng, 40, 70, 10),
        "carriages": _n(rng, 5, 9),
        "dest": names.fresh(rng, _town),
        "old_n": _n(rng, 5, 40),
    }


def _strike_facts(rng: random.Random, names: _Names) -> dict[str, str]:
    company = names.fresh(rng, lambda r: _syllables(r, 2, 3) + rng.choice(_COMPANY_ENDINGS))
    return {
        "workers": _n(rng, 3000, 60000, 500),
        "hours": rng.choice(("24", "48", "72")),
        "company": company,
        "union": names.fresh(rng, lambda r: _syllables(r, 2, 3)),
        "demand": _n(rng, 7, 14),
        "offer": _n(rng, 2, 5),
        "staff": _n(rng, 70000, 150000, 1000),
        "old_days": _n(rng, 3, 12),
    }


def _election_facts(rng: random.Random, names: _Names) -> dict[str, str]:
    share = rng.uniform(50.5, 66.0)
    return {
        "share": f"{share:.1f}",
        "rival_share": f"{100 - share - rng.uniform(2, 9):.1f}",
        "turnout": _f(rng, 38, 74),
        "old_turnout": _f(rng, 35, 75),
        "term": _n(rng, 4, 5),
        "old_year2": str(rng.randint(2015, 2021)),
    }


def _court_facts(rng: random.Random, names: _Names) -> dict[str, str]:
    years = rng.randint(4, 16)
    return {
        "years": str(years),
        "sought": str(years + rng.randint(3, 8)),
        "fine": _f(rng, 0.5, 6.0),
        "loss": _n(rng, 12, 90),
        "victims": _n(rng, 200, 2500, 50),
        "company": names.fresh(rng, lambda r: _syllables(r, 2, 3)) + " Capital",
        "counts": _n(rng, 6, 19),
        "old_years": str(rng.randint(5, 20)),
    }


def _results_facts(rng: random.Random, names: _Names) -> dict[str, str]:
    company = names.fresh(rng, lambda r: _syllables(r, 2, 3) + rng.choice(_COMPANY_ENDINGS))
    return {
        "company": company,
        "revenue": _f(rng, 1.2, 40.0, 2),
        "profit": _n(rng, 110, 2900, 10),
        "jobs": _n(rng, 300, 6000, 100),
        "growth": _f(rng, 2.0, 14.0),
        "staff": _n(rng, 12000, 90000, 1000),
        "old_jobs": _n(rng, 200, 1500, 50),
        "forecast": _f(rng, 1.0, 9.0),
    }


def _protest_facts(rng: random.Random, names: _Names) -> dict[str, str]:
    cause = rng.choice(
        (
            "a planned rise in fuel prices",
            "cuts to hospital budgets",
            "a new mining law",
            "the closure of rural schools",
        )
    )
    return {
        "crowd": _n(rng, 5000, 80000, 1000),
        "arrests": _n(rng, 12, 140),
        "officers": _n(rng, 3, 25),
        "cause": cause,
        "old_crowd": _n(rng, 2000, 9000, 500),
    }


_CASUALTIES = {"killed": "casualties.killed", "injured": "casualties.injured"}

SHOOTING = Kind(
    name="shooting",
    facts=_shooting_facts,
    slots={**_CASUALTIES, "suspect_age": "person.age"},
    plantable=("killed", "injured", "suspect_age"),
    people=("suspect", "victim"),
    titles=(
        "{town} shooting: {killed} dead, {injured} hurt at {venue}",
        "{town} gunman kills {killed} at {venue}",
        "{suspect} named as suspect in {town} {venue} shooting",
    ),
    leads={
        "wire": (
            "{TOWN} {credit}- "
            "A gunman opened fire inside a crowded {venue} in {town} {on_day}, killing "
            "{killed} people and wounding {injured} others before he was arrested, police said.",
            "{TOWN} {credit}- "
            "Police in {region} said {killed} people were killed and {injured} injured "
            "when a man armed with a rifle opened fire at a {venue} in {town} {on_day}.",
        ),
        "local": (
            "{town} is in mourning after a shooting at the {venue} on {street} {on_day} left "
            "{killed_w} people dead and {injured} injured, the worst act of violence the town "
            "has known.",
            "{On_day} afternoon began like any other at the {venue} on {street}. Within minutes "
            "a gunman had killed {killed_w} people and wounded {injured} more, police said.",
        ),
        "brief": (
            "A gunman killed {killed_w} people and wounded {injured} at a {venue} in {town}, "
            "{region}, {on_day}, police said. A suspect, {suspect}, {suspect_age}, was arrested "
            "at the scene.",
        ),
    },
    body=(
        "Police identified the suspect as {suspect}, {suspect_age}, a resident of {town}. He was "
        "detained by officers shortly after the first emergency call and did not resist, police "
        "spokesman {official} told reporters.",
        "Among the dead was {victim}, {victim_age}, who had worked at the {venue} for years, her "
        "family said in a statement.",
        "The wounded were taken to hospitals across {region}, and several were in a serious "
        "condition, {official_last} said.",
        "Investigators recovered a rifle and two handguns and were still trying to establish a "
        "motive, police said. The suspect had no criminal record.",
        "Officers closed {street} for most of the evening as forensic teams worked inside the "
        "building and detectives questioned witnesses.",
        "The regional governor ordered flags on public buildings to fly at half-mast and promised "
        "support for the families of the victims.",
    ),
    colour=(
        '"I heard what sounded like fireworks, and then everyone was running," said {witness}, '
        '{witness_age}, who was shopping with her son. "People were hiding behind the counters."',
        "Residents left flowers and candles outside the {venue}, where a police car still stood "
        "guard late into the night.",
        '"We will find out how this man got his weapons," {official_last} said. "The families '
        'deserve answers."',
    ),
    traps=(
        "The attack was the deadliest in {region} since {old_year}, when a gunman killed "
        "{old_n} people at a school in {old_town}.",
        "A helpline for relatives has been set up on {phone}.",
        "The {venue} opened in {opened} and is one of the busiest in the town, its owner said.",
    ),
)

QUAKE = Kind(
    name="earthquake",
    facts=_quake_facts,
    slots={
        **_CASUALTIES,
        "magnitude": "quake.magnitude",
        "depth": "quake.depth",
        "homes": "homes.destroyed",
    },
    plantable=("magnitude", "killed", "injured", "depth"),
    people=("rescuer",),
    titles=(
        "{region} quake of magnitude {magnitude} kills {killed}",
        "{town} counts the cost of the earthquake",
        "{region} earthquake: {killed} dead in {town}",
    ),
    leads={
        "wire": (
            "{TOWN} {credit}- "
            "An earthquake of magnitude {magnitude} struck {region} {on_day}, killing "
            "{killed} people and injuring {injured}, the national emergency service said.",
            "{TOWN} {credit}- "
            "A magnitude {magnitude} earthquake shook {region} {on_day}, bringing down "
            "houses in {town} and killing {killed} people, officials said. The emergency service "
            "said {injured} people were injured.",
        ),
        "local": (
            "The earthquake that struck {town} {on_day} left the streets of the old quarter full "
            "of rubble. The magnitude {magnitude} quake killed {killed_w} people and injured "
            "{injured}, the emergency service said.",
        ),
        "brief": (
            "A magnitude {magnitude} earthquake hit {region} {on_day}, killing {killed_w} people "
            "and injuring {injured}. The quake struck at a depth of {depth} km near the town of "
            "{town}, seismologists said.",
        ),
    },
    body=(
        "The quake struck at a depth of {depth} kilometres, about {distance} km from {town}, the "
        "national seismological institute said.",
        "The regional authorities said {homes} homes were damaged, most of them old stone "
        "houses in the centre of {town}.",
        "Rescuers with sniffer dogs searched collapsed buildings through the night. Several "
        "aftershocks, the strongest of magnitude {after}, rattled the area.",
        "Seismologist {official} said the quake was caused by movement on a fault that runs "
        "beneath the valley, and warned that more aftershocks were likely.",
        "Schools in {town} will stay closed while engineers inspect their buildings, the town "
        "hall said.",
        "Army units brought tents, blankets and field kitchens to a sports ground on the edge of "
        "{town}, where families who had lost their homes spent the night.",
    ),
    colour=(
        '"The whole house moved like a boat," said {witness}, {witness_age}, a teacher who ran '
        'into the street with her two children. "Then the wall of the church came down."',
        "Firefighter {rescuer}, {rescuer_age}, said his team had pulled survivors from two "
        'buildings. "We heard voices under the concrete and kept digging," he said.',
    ),
    traps=(
        "The region was last hit by a strong earthquake in {old_year}, when a magnitude "
        "{old_mag} tremor near {old_town} killed {old_n} people.",
        "A hotline for people looking for relatives has been opened on {phone}.",
    ),
)

FLOOD = Kind(
    name="flood",
    facts=_flood_facts,
    slots={
        "killed": "casualties.killed",
        "evacuated": "people.evacuated",
        "rain": "rainfall.amount",
        "homes": "homes.destroyed",
    },
    plantable=("killed", "evacuated"),
    people=(),
    titles=(
        "{river} bursts its banks, {killed} dead in {region}",
        "{town} under water as thousands are evacuated",
        "{region} floods kill {killed}",
    ),
    leads={
        "wire": (
            "{TOWN} {credit}- "
            "Floods killed {killed} people in {region} {on_day} after the {river} River "
            "burst its banks, and {evacuated} residents were evacuated, officials said.",
            "{TOWN} {credit}- "
            "The {river} River burst its banks {on_day}, flooding {town} and nearby "
            "villages, killing {killed} people and forcing the evacuation of {evacuated} "
            "residents, the regional government said.",
        ),
        "local": (
            "The {river} burst its banks in {town} {on_day}, and by nightfall {evacuated} "
            "residents had been evacuated and {killed_w} people had died, the emergency services "
            "said.",
        ),
        "brief": (
            "Floods killed {killed_w} people in {region} {on_day} when the {river} River burst "
            "its banks at {town}, officials said. The authorities evacuated {evacuated} "
            "residents.",
        ),
    },
    body=(
        "The weather service said {rain} millimetres of rain fell on the hills above {town} in "
        "24 hours, more than usually falls there in a month.",
        "Army trucks and boats moved residents to schools and sports halls, where volunteers "
        "handed out blankets and hot food.",
        "About {homes} homes were flooded, according to the regional authorities, and the main "
        "road to {town} was closed.",
        "Regional official {official} said the water was expected to fall slowly over the coming "
        "days, but warned people not to return home until engineers had checked the dykes.",
        "Power and drinking water were cut in parts of {town}, and the town's hospital moved its "
        "patients to upper floors as a precaution.",
    ),
    colour=(
        '"The water came through the door in minutes," said {witness}, {witness_age}, a '
        'pensioner who was rescued from her first floor by boat. "I lost everything."',
        "Farmers along the river said whole harvests had been destroyed, and the regional "
        "farmers' union called for emergency aid.",
    ),
    traps=(
        "The last flood of this size, in {old_year}, killed {old_n} people and swept away the "
        "old bridge at {old_town}.",
        "Residents can call {phone} for help with shelter and transport.",
    ),
)

FIRE = Kind(
    name="fire",
    facts=_fire_facts,
    slots={**_CASUALTIES, "evacuated": "people.evacuated"},
    plantable=("killed", "injured", "evacuated"),
    people=("victim",),
    titles=(
        "{town} apartment block fire kills {killed}",
        "{street} fire: {killed} dead in {town}",
        "{town} fire raises questions over safety",
    ),
    leads={
        "wire": (
            "{TOWN} {credit}- "
            "A fire tore through a {floors}-storey apartment building in {town} "
            "{on_day}, killing {killed} people and injuring {injured}, the fire service said.",
            "{TOWN} {credit}- "
            "Fire swept through an apartment block in {town} {on_day}, killing {killed} "
            "residents and injuring {injured} others, officials said.",
        ),
        "local": (
            "Neighbours on {street} watched in horror {on_day} as flames climbed the front of the "
            "block at number {house}. The fire killed {killed_w} people and injured {injured}, "
            "the fire service said.",
        ),
        "brief": (
            "A fire in an apartment block in {town} killed {killed_w} people and injured "
            "{injured} {on_day}, the fire service said. Firefighters evacuated {evacuated} "
            "residents.",
        ),
    },
    body=(
        "Firefighters evacuated {evacuated} residents from the building and neighbouring blocks, "
        "fire chief {official} said. The cause of the fire was not yet known.",
        "More than {firefighters} firefighters fought the blaze, which started on a lower floor "
        "and spread up the outside of the building.",
        "The building, put up in {built}, had no sprinklers, and residents said the fire alarms "
        "had not worked for months.",
        "The injured were taken to hospitals in {town} and {region}'s main city; many of them were "
        "treated for smoke inhalation, {official_last} said.",
        "Police said they had opened an investigation and were questioning the company that "
        "manages the block.",
    ),
    colour=(
        '"I woke up because of the smoke, and the stairs were already dark," said {witness}, '
        '{witness_age}, who lived on the top floor. "A firefighter carried my daughter down."',
        "Relatives named one of the dead as {victim}, {victim_age}, a nurse at the local hospital.",
    ),
    traps=(
        "In {old_year}, a fire at a hostel in {old_town} killed {old_n} people and led to new "
        "rules on fire escapes.",
        "The council has opened a help centre for residents; it can be reached on {phone}.",
    ),
)

BUS = Kind(
    name="bus crash",
    facts=_bus_facts,
    slots={**_CASUALTIES, "passengers": "vehicle.passengers", "driver_age": "person.age"},
    plantable=("killed", "injured", "passengers"),
    people=("driver",),
    titles=(
        "{town} bus crash kills {killed}",
        "{road} coach crash near {town} leaves {killed} dead",
        "{town} crash: investigators examine coach",
    ),
    leads={
        "wire": (
            "{TOWN} {credit}- "
            "A coach carrying {passengers} passengers left the {road} road and "
            "overturned near {town} {on_day}, killing {killed} people and injuring {injured}, "
            "police said.",
            "{TOWN} {credit}- "
            "{On_day}, a bus travelling from {town} to {dest} overturned on the {road}, "
            "killing {killed} people and injuring {injured}, the regional police said.",
        ),
        "local": (
            "A coach with {passengers} passengers on board came off the {road} just outside "
            "{town} {on_day}. The crash killed {killed_w} people and injured {injured}, police "
            "said.",
        ),
        "brief": (
            "A bus crash on the {road} near {town} killed {killed_w} people and injured "
            "{injured} {on_day}, police said.",
        ),
    },
    body=(
        "The bus, which had {passengers} passengers on board, was travelling from {town} to "
        "{dest} when it veered across the road and rolled onto its side, according to police.",
        "Police named the driver as {driver}, {driver_age}. He was slightly injured and was "
        "being questioned, police spokesman {official} said.",
        "Investigators were examining the vehicle's tachograph and whether the driver had taken "
        "the rest breaks the law requires.",
        "The {road} was closed in both directions for most of the day, causing long tailbacks, "
        "the road operator said.",
        "Helicopters flew the most seriously injured to hospitals in {region}, the health "
        "service said.",
    ),
    colour=(
        '"The bus just tipped over, and there was glass everywhere," said passenger {witness}, '
        '{witness_age}. "People were calling for help in the dark."',
        "The coach company said in a statement that it was cooperating with the police and that "
        "its thoughts were with the families.",
    ),
    traps=(
        "In {old_year}, a coach carrying pilgrims crashed near {old_town}, killing {old_n} people.",
        "A line for relatives has been opened on {phone}.",
    ),
)

TRAIN = Kind(
    name="train derailment",
    facts=_train_facts,
    slots={**_CASUALTIES, "passengers": "vehicle.passengers", "speed": "vehicle.speed"},
    plantable=("killed", "injured", "passengers"),
    people=("driver",),
    titles=(
        "{town} train derailment kills {killed}",
        "{region} derailment: {killed} killed near {town}",
        "{town} derailment puts speed under scrutiny",
    ),
    leads={
        "wire": (
            "{TOWN} {credit}- "
            "A passenger train derailed near {town} {on_day}, killing {killed} people "
            "and injuring {injured}, the national railway company said.",
            "{TOWN} {credit}- "
            "Rail officials said {killed} people were killed and {injured} injured "
            "when a train travelling to {dest} left the track near {town} {on_day}.",
        ),
        "local": (
            "The {dest} train derailed just outside {town} station {on_day}. The derailment "
            "killed {killed_w} people and injured {injured}, the railway company said.",
        ),
        "brief": (
            "A train derailment near {town} killed {killed_w} people and injured {injured} "
            "{on_day}, rail officials said.",
        ),
    },
    body=(
        "The train, carrying {passengers} passengers, was travelling at {speed} km/h on a curve "
        "where the limit is {limit} km/h, according to preliminary data, officials said.",
        "{carriages} carriages left the track, and two of them overturned onto an embankment, "
        "the railway company said.",
        "The driver, {driver}, {driver_age}, survived and was being questioned by investigators, "
        "a spokesman for the prosecutor's office said.",
        "Rail traffic between {town} and {dest} was suspended and was not expected to resume for "
        "several days.",
        "The transport minister visited the site and said an independent inquiry would examine "
        "the track and the signals.",
    ),
    colour=(
        '"There was a bang, and then the carriage was on its side," said {witness}, '
        '{witness_age}, who was travelling to work. "We climbed out through the windows."',
        "Railway spokesman {official} said the line had been inspected last month and no faults "
        "had been found.",
    ),
    traps=(
        "The derailment was the deadliest on the country's railways since {old_year}, when "
        "{old_n} people died in a collision near {old_town}.",
        "The railway company opened an information line for relatives on {phone}.",
    ),
)

STRIKE = Kind(
    name="strike",
    facts=_strike_facts,
    slots={"workers": "strike.workers", "hours": "strike.duration"},
    plantable=("workers", "hours"),
    people=("leader",),
    titles=(
        "{company} workers begin {hours}-hour strike over pay",
        "{company} plants in {region} halted by strike",
        "{company} pay talks fail, workers walk out",
    ),
    leads={
        "wire": (
            "{TOWN} {credit}- "
            "Workers at {company} began a {hours}-hour strike {on_day} after pay talks "
            "collapsed, and the {union} union said {workers} of its members had walked "
            "out.",
            "{TOWN} {credit}- "
            "The {union} union said {workers} workers at {company} walked out "
            "{on_day} at the start of a {hours}-hour strike over pay.",
        ),
        "local": (
            "Picket lines went up outside the {company} plant in {town} {on_day} as {workers} "
            "workers began a {hours}-hour strike, the union said.",
        ),
        "brief": (
            "{workers} workers at {company} went on strike {on_day} for {hours} hours over pay, "
            "their union said.",
        ),
    },
    body=(
        "The union is seeking a {demand}% pay rise to keep up with prices; the company has "
        "offered {offer}%, which it called fair and affordable.",
        "{company} employs about {staff} people across {region}, according to its annual report.",
        "Union leader {leader}, {leader_age}, told a rally outside the factory gates that "
        "members had lost patience after months of talks.",
        "A spokesman for {company}, {official}, said production at several plants had stopped "
        "and that the company remained open to talks.",
        "The regional labour ministry offered to mediate and urged both sides to return to the "
        "table.",
    ),
    colour=(
        '"We are not asking for the moon, just enough to pay the rent," said {witness}, '
        "{witness_age}, who has worked on the assembly line for years.",
        "Suppliers warned that a long dispute could cost them orders and force them to send "
        "their own staff home.",
    ),
    traps=(
        "The last strike at the company, in {old_year}, lasted {old_days} days and ended with a "
        "two-year pay deal.",
        "The union's strike hotline is {phone}.",
    ),
)

ELECTION = Kind(
    name="election",
    facts=_election_facts,
    slots={"share": "votes.share", "turnout": "votes.turnout", "winner_age": "person.age"},
    plantable=("share", "turnout"),
    people=("winner", "rival"),
    titles=(
        "{winner} wins {town} mayoral election",
        "{winner} elected mayor of {town} with {share}%",
        "{town} picks {winner} as mayor",
    ),
    leads={
        "wire": (
            "{TOWN} {credit}- "
            "{winner} won the {town} mayoral election {on_day} with {share}% of the "
            "vote, defeating {rival}, according to official results.",
            "{TOWN} {credit}- "
            "Voters in {town} elected {winner} as their mayor {on_day}, giving the "
            "former councillor {share}% of the vote, the electoral commission said.",
        ),
        "local": (
            "{winner} will be {town}'s next mayor. In {days} election, {winner_last} took "
            "{share}% of the vote, according to the official count.",
        ),
        "brief": (
            "{winner} won the mayoral election in {town} {on_day} with {share}% of the vote, "
            "official results showed.",
        ),
    },
    body=(
        "Turnout was {turnout}%, the electoral commission said.",
        "{rival}, who had led in early polls, received {rival_share}% and conceded defeat late "
        "in the evening.",
        "{winner}, {winner_age}, a former teacher who has sat on the town council since "
        "{old_year2}, campaigned on housing, buses and a new swimming pool.",
        "The new mayor will serve a {term}-year term and is due to be sworn in next month.",
        "Electoral commission chief {official} said the vote had passed without incident and "
        "that counting had finished shortly after midnight.",
    ),
    colour=(
        '"Tonight {town} chose to look forward," {winner_last} told supporters at a hotel in '
        "the town centre.",
        '"I voted for change, and I hope we get it," said {witness}, {witness_age}, a shop owner.',
    ),
    traps=(
        "In the previous election, in {old_year}, turnout was {old_turnout}%.",
        "The council's information line is {phone}.",
    ),
)

COURT = Kind(
    name="court sentencing",
    facts=_court_facts,
    slots={"years": "sentence.prison", "fine": "money.fine", "defendant_age": "person.age"},
    plantable=("years", "defendant_age", "fine"),
    people=("defendant", "judge"),
    titles=(
        "{company} founder jailed for {years} years for fraud",
        "{defendant} sentenced over {town} investment scheme",
        "{defendant_last} gets {years} years for fraud",
    ),
    leads={
        "wire": (
            "{TOWN} {credit}- "
            "A court in {town} {on_day} sentenced {defendant}, the founder of "
            "{company}, to {years} years in prison for a fraud that cost {victims} investors "
            "{loss} million dollars.",
            "{TOWN} {credit}- "
            "The founder of investment firm {company}, {defendant}, was sentenced to "
            "{years} years in prison {on_day} for defrauding investors, the court said.",
        ),
        "local": (
            "{defendant}, the {town} investment adviser who promised pensioners safe returns, "
            "was sentenced {on_day} to {years} years in prison.",
        ),
        "brief": (
            "{defendant}, {defendant_age}, founder of {company}, was sentenced to {years} years "
            "in prison {on_day} for fraud, a court in {town} ruled.",
        ),
    },
    body=(
        "Judge {judge} also ordered {defendant_last}, {defendant_age}, to pay a fine of "
        "${fine} million.",
        "Prosecutors had sought {sought} years in prison, arguing that {defendant_last} "
        "targeted retirees and kept the scheme going by paying early investors with money from "
        "newer ones.",
        "A jury convicted {defendant_last} earlier this year on {counts} counts of fraud after a "
        "trial that lasted several weeks.",
        "Defence lawyer {official} said his client regretted his actions and would consider an "
        "appeal.",
        "Many of the victims were in their seventies and eighties and had put their savings "
        "into the firm, the judge noted.",
    ),
    colour=(
        '"I trusted him with everything my husband left me," said {witness}, {witness_age}, '
        "one of the investors who attended the hearing.",
        '"You did not just take their money. You took the years they had planned to live on '
        'it," the judge told {defendant_last}.',
    ),
    traps=(
        "In {old_year}, a court in {old_town} sentenced the head of another investment firm "
        "to {old_years} years for a similar scheme.",
        "Victims can contact the court-appointed receiver on {phone}.",
    ),
)

RESULTS = Kind(
    name="company results",
    facts=_results_facts,
    slots={"revenue": "company.revenue", "profit": "company.profit", "jobs": "jobs.cut"},
    plantable=("revenue", "profit", "jobs"),
    people=("ceo",),
    titles=(
        "{company} to cut {jobs} jobs as revenue rises",
        "{company} revenue grows {growth}% to ${revenue} billion",
        "{company} results: profit up, jobs to go",
    ),
    leads={
        "wire": (
            "{TOWN} {credit}- "
            "{company} said {on_day} its quarterly revenue rose {growth}% to "
            "${revenue} billion and that it would cut {jobs} jobs to reduce costs.",
            "{TOWN} {credit}- "
            "{company} reported revenue of ${revenue} billion for the quarter {on_day}, "
            "up {growth}% from a year earlier, and announced {jobs} job cuts.",
        ),
        "local": (
            "{company}, {town}'s biggest employer, said {on_day} it would cut {jobs} jobs, even "
            "as quarterly revenue rose to ${revenue} billion.",
        ),
        "brief": (
            "{company} will cut {jobs} jobs, the company said {on_day}, after revenue rose "
            "{growth}% to ${revenue} billion in the quarter.",
        ),
    },
    body=(
        "Net profit rose to ${profit} million in the quarter, the company said.",
        "Chief executive {ceo} said the cuts would fall mostly on administrative roles and "
        "older plants. The company had about {staff} employees at the end of last year.",
        "{company} expects revenue to grow by {forecast}% next year, below analysts' estimates, "
        "and its shares fell in early trading.",
        "Analyst {official} said the results were better than feared but the job cuts showed "
        "the company was bracing for a weaker year.",
        "The company said it would pay its usual dividend and buy back shares.",
    ),
    colour=(
        '"We are moving people and money to where our customers are spending," {ceo} said on '
        "a call with analysts.",
        "Union representative {witness}, {witness_age}, said staff had learned of the cuts from "
        "the news and called for talks.",
    ),
    traps=(
        "The cuts follow a round of {old_jobs} layoffs announced in {old_year}, when the "
        "company closed two research sites.",
        "Investors can listen to a recording of the call on {phone}.",
    ),
)

PROTEST = Kind(
    name="protest",
    facts=_protest_facts,
    slots={"crowd": "crowd.size", "arrests": "arrests.made", "officers": "casualties.injured"},
    plantable=("crowd", "arrests"),
    people=("organiser",),
    titles=(
        "{town} marchers protest against {cause}",
        "{town} protest turns violent, {arrests} arrested",
        "{town} protest draws {crowd}",
    ),
    leads={
        "wire": (
            "{TOWN} {credit}- "
            "Police said about {crowd} people marched through {town} {on_day} to "
            "protest against {cause}, and {arrests} people were arrested after clashes near the "
            "regional parliament.",
            "{TOWN} {credit}- "
            "Police arrested {arrests} people {on_day} as a protest against {cause} "
            "drew some {crowd} people to the streets of {town}.",
        ),
        "local": (
            "The streets of {town} filled {on_day} as about {crowd} people joined a march against "
            "{cause}. Police said {arrests} people were arrested.",
        ),
        "brief": (
            "Police arrested {arrests} people at a march against {cause} in {town} {on_day}. "
            "Police said about {crowd} people took part.",
        ),
    },
    body=(
        "Police said {officers} officers were injured when a group of protesters threw stones "
        "and bottles near the parliament building.",
        "Organiser {organiser}, {organiser_age}, said the march had been peaceful until police "
        "blocked the route.",
        "Police spokesman {official} said most of those arrested were held for public order "
        "offences and would appear before a judge.",
        "The regional government said it would meet the organisers but would not withdraw the "
        "plans.",
        "Shops along the route closed early, and public transport in the centre of {town} was "
        "suspended for several hours.",
    ),
    colour=(
        '"We have marched peacefully for months and nobody listens," said {witness}, '
        "{witness_age}, a nurse who travelled to the march with colleagues.",
        "Protesters carried banners and chanted outside the town hall before moving on to the "
        "parliament.",
    ),
    traps=(
        "A smaller march against the same plans in {old_year} drew about {old_crowd} people.",
        "Organisers said people who lost belongings could call {phone}.",
    ),
)

# Paragraphs on the story's own places and people, shared by every kind: what tells two
# stories of one kind apart is mostly who and where, as in real coverage.
_INCIDENT_LOCAL = (
    "{director}, director of {hospital}, said staff had been called in from leave.",
    "The mayor, {mayor}, visited {district} and {square} in the evening.",
    "Relatives waited for news at {hospital} and at the town hall in {village}.",
)
_CIVIC_LOCAL = (
    "The mayor, {mayor}, urged calm in {district} and {village}.",
    "In the cafes around {square}, people spoke of little else.",
    "{director}, who chairs the {district} traders' association, said shopkeepers were worried.",
)
_LOCAL = {
    "shooting": _INCIDENT_LOCAL,
    "earthquake": _INCIDENT_LOCAL,
    "flood": _INCIDENT_LOCAL,
    "fire": _INCIDENT_LOCAL,
    "bus crash": _INCIDENT_LOCAL,
    "train derailment": _INCIDENT_LOCAL,
}

KINDS: tuple[Kind, ...] = (
    SHOOTING,
    QUAKE,
    FLOOD,
    FIRE,
    BUS,
    TRAIN,
    STRIKE,
    ELECTION,
    COURT,
    RESULTS,
    PROTEST,
)


# --- the manifest -------------------------------------------------------------------------------


@dataclass(frozen=True)
class PlantedConflict:
    """One article of a story states another figure for one fact than the rest of the story."""

    story: int  # index into Manifest.stories
    slot: str
    odd: str  # the article with the planted figure
    others: tuple[str, ...]  # the articles that state the story's figure for the same fact
    value: str  # the story's figure
    planted: str  # the odd article's figure


@dataclass(frozen=True)
class Manifest:
    seed: int
    articles: int
    bytes: int
    stories: tuple[tuple[str, ...], ...]  # article ids (file stems) of each story
    kinds: tuple[str, ...]  # the kind of each story
    conflicts: tuple[PlantedConflict, ...]

    def to_json(self) -> str:
        return json.dumps(asdict(self), indent=1)

    @classmethod
    def from_json(cls, text: str) -> Manifest:
        data = json.loads(text)
        return cls(
            seed=data["seed"],
            articles=data["articles"],
            bytes=data["bytes"],
            stories=tuple(tuple(s) for s in data["stories"]),
            kinds=tuple(data["kinds"]),
            conflicts=tuple(
                PlantedConflict(**{**c, "others": tuple(c["others"])}) for c in data["conflicts"]
            ),
        )


# --- names --------------------------------------------------------------------------------------


@dataclass
class _Names:
    """Names handed out so far: no two stories share a town, a surname or a company."""

    used: set[str] = field(default_factory=set)

    def fresh(self, rng: random.Random, make: Callable[[random.Random], str]) -> str:
        while True:
            name = make(rng)
            if name not in self.used:
                self.used.add(name)
                return name


def _syllables(rng: random.Random, low: int, high: int) -> str:
    first = rng.choice(_ONSETS) + rng.choice(_VOWELS) + rng.choice(_CODAS)
    rest = [rng.choice(_ONSETS) + rng.choice(_VOWELS) for _ in range(rng.randint(low, high) - 1)]
    return (first + "".join(rest)).capitalize()


def _surname(rng: random.Random) -> str:
    return _syllables(rng, 1, 2) + rng.choice(_SURNAME_ENDINGS)


def _first_name(rng: random.Random) -> str:
    return _syllables(rng, 1, 1) + rng.choice(_FIRST_ENDINGS)


def _town(rng: random.Random) -> str:
    return _syllables(rng, 1, 2) + rng.choice(_TOWN_ENDINGS)


def _people(rng: random.Random, names: _Names, roles: Iterable[str]) -> dict[str, str]:
    """A full name and an age for each role. Surnames differ in their first two letters, and
    first names in their first letter, so no two people of a story look like one name misspelt."""
    values: dict[str, str] = {}
    starts: set[str] = set()
    for role in roles:
        surname = names.fresh(rng, _surname)
        while surname[:2] in starts:
            surname = names.fresh(rng, _surname)
        first = _first_name(rng)
        while first[0] in starts:
            first = _first_name(rng)
        starts |= {surname[:2], first[0]}
        values[role] = f"{first} {surname}"
        values[f"{role}_last"] = surname
        values[f"{role}_age"] = str(rng.randint(24, 71))
    return values


def _story_values(rng: random.Random, names: _Names, kind: Kind, day: dt.date) -> dict[str, str]:
    town = names.fresh(rng, _town)
    values = {
        "town": town,
        "TOWN": town.upper(),
        "region": names.fresh(rng, lambda r: _syllables(r, 1, 2) + rng.choice(_REGION_ENDINGS)),
        "street": names.fresh(rng, lambda r: _syllables(r, 1, 2)) + " Street",
        "old_town": names.fresh(rng, _town),
        "old_year": str(rng.randint(1978, 2016)),
        "phone": f"0{rng.randint(100, 999)} {rng.randint(100, 999)} {rng.randint(1000, 9999)}",
    }
    places = {
        "district": names.fresh(rng, lambda r: _syllables(r, 1, 2) + rng.choice(("ia", "en", "a"))),
        "square": names.fresh(rng, lambda r: _syllables(r, 1, 2)) + " Square",
        "village": names.fresh(rng, _town),
    }
    values.update(places)
    values.update(_people(rng, names, ("official", "witness", "mayor", "director", *kind.people)))
    values["hospital"] = f"the {values['director_last']} hospital"
    values.update(kind.facts(rng, names))
    return values


# --- writing articles ---------------------------------------------------------------------------


def _day_words(event: dt.date, published: dt.date, style: str) -> dict[str, str]:
    """How an article dated `published` names the event's day: its weekday, or 'yesterday'."""
    weekday = _WEEKDAYS[event.weekday()]
    if (published - event).days == 1 and style == "local":
        return {"on_day": "yesterday", "On_day": "Yesterday", "days": "yesterday's"}
    return {"on_day": f"on {weekday}", "On_day": f"On {weekday}", "days": f"{weekday}'s"}


def _credit(outlet: str, style: str) -> str:
    """The wire's initials in its dateline: 'VARNHOLT (MW) - '."""
    initials = "".join(word[0] for word in outlet.split() if word[0].isupper())
    return f"({initials}) " if style == "wire" else ""


def _spelt(values: Mapping[str, str]) -> dict[str, str]:
    """'three' beside '3' for each small figure: local papers and briefs spell them out."""
    return {
        f"{key}_w": _NUMBER_WORDS[int(value)] if int(value) < len(_NUMBER_WORDS) else value
        for key, value in values.items()
        if value.isdigit()
    }


def _deviate(key: str, value: str, rng: random.Random) -> str:
    """Another figure for the same fact, far enough off that no honest reading reconciles them."""
    number = float(value.replace(",", ""))
    sign = rng.choice((-1, 1))
    if "." in value:
        digits = len(value.split(".")[1])
        step = max(number * rng.uniform(0.06, 0.15), 0.3)
        planted = number + sign * step if number - step > 0 else number + step
        return f"{planted:.{digits}f}"
    if key.endswith("_age"):
        return str(int(number) + sign * rng.randint(2, 5))
    step = max(2, round(number * rng.uniform(0.25, 0.6)))
    planted_int = int(number + sign * step if number - step > 0 else number + step)
    zeros = len(value.replace(",", "")) - len(value.replace(",", "").rstrip("0"))
    if zeros and planted_int >= 10**zeros:
        planted_int = round(planted_int, -zeros) or planted_int
    if planted_int == int(number):
        planted_int += 10**zeros
    return f"{planted_int:,}"


def _keys(template: str) -> set[str]:
    """The story values a template states, `x_w` read as `x`."""
    names = {name for _, name, _, _ in string.Formatter().parse(template) if name}
    return {name.removesuffix("_w") for name in names}


def _paragraphs(rng: random.Random, kind: Kind, style: str, values: Mapping[str, str]) -> list[str]:
    """The lead, then body, colour and background in the outlet's order, within 150 to 400
    words: paragraphs are added while the article is short and dropped while it is long."""
    lead = rng.choice(kind.leads[style])
    rest = rng.sample([*kind.body, *_LOCAL.get(kind.name, _CIVIC_LOCAL)], k=len(kind.body) + 3)
    extra = rng.sample(kind.colour, k=len(kind.colour)) + rng.sample(kind.traps, k=len(kind.traps))
    wanted = {"wire": rng.randint(4, 6), "local": rng.randint(5, 7), "brief": rng.randint(2, 3)}
    chosen = [lead, *rest[: wanted[style]], *extra[: 1 if style == "brief" else 3]]
    pool = rest[wanted[style] :] + extra[1 if style == "brief" else 3 :]
    low, high = _WORDS_PER_ARTICLE
    while _word_count(chosen, values) < low and pool:
        chosen.insert(len(chosen) - 1, pool.pop(0))
    while _word_count(chosen, values) > high and len(chosen) > 2:
        chosen.pop(-2)
    return chosen


def _word_count(templates: Iterable[str], values: Mapping[str, str]) -> int:
    return sum(len(t.format_map(values).split()) for t in templates)


@dataclass
class _Draft:
    """An article before it is numbered: its place in the copy, its text and what it states."""

    story: int
    published: dt.date
    order: float
    outlet: str
    title: str
    body: str
    keys: frozenset[str]
    odd: bool = False
    id: str = ""


def _draft(
    rng: random.Random,
    kind: Kind,
    story: int,
    values: Mapping[str, str],
    days: tuple[dt.date, dt.date],
) -> _Draft:
    """One outlet's article of the story; `days`: the event's and the article's publication."""
    style = rng.choices(list(_STYLE_WEIGHTS), weights=list(_STYLE_WEIGHTS.values()))[0]
    day, published = days
    outlet = rng.choice(_OUTLETS[style]).format_map(values)
    mine = {**values, **_day_words(day, published, style), "credit": _credit(outlet, style)}
    mine.update(_spelt(mine))
    paragraphs = _paragraphs(rng, kind, style, mine)
    keys = frozenset(k for p in paragraphs for k in _keys(p))
    return _Draft(
        story=story,
        published=published,
        order=rng.random(),
        outlet=outlet,
        title=rng.choice(kind.titles).format_map(mine),
        body="\n\n".join(p.format_map(mine) for p in paragraphs),
        keys=keys,
    )


@dataclass
class _Plant:
    key: str
    slot: str
    value: str
    planted: str


def _story(
    rng: random.Random, names: _Names, index: int, size: int
) -> tuple[str, list[_Draft], _Plant | None]:
    """One story's articles; in some, one article carries another figure for one fact."""
    kind = rng.choice(KINDS)
    kind = replace(kind, body=tuple(rng.sample(kind.body, k=len(kind.body) - 1)))
    day = _YEAR_START + dt.timedelta(days=rng.randrange(365))
    values = _story_values(rng, names, kind, day)
    plant = None
    if rng.random() < PLANT_SHARE:
        key = rng.choice(kind.plantable)
        plant = _Plant(key, kind.slots[key], values[key], _deviate(key, values[key], rng))
    odd_at = rng.randrange(size)
    drafts = []
    for n in range(size):
        published = day + dt.timedelta(days=rng.choice((0, 0, 1, 1, 1, 2, 3)))
        mine = dict(values, **({plant.key: plant.planted} if plant and n == odd_at else {}))
        drafts.append(_draft(rng, kind, index, mine, (day, published)))
    if plant is not None:
        drafts[odd_at].odd = True
    return kind.name, drafts, plant


def _sizes(rng: random.Random, articles: int) -> list[int]:
    if articles < 3:
        raise ValueError("a corpus needs at least 3 articles (one story)")
    sizes: list[int] = []
    left = articles
    while left:
        if left <= 20 and (left <= 5 or rng.random() < 0.3):
            size = left
        else:
            choices = [n for n in _SIZE_WEIGHTS if n <= left - 3]
            size = rng.choices(choices, weights=[_SIZE_WEIGHTS[n] for n in choices])[0]
        sizes.append(size)
        left -= size
    return sizes


def _slug(outlet: str) -> str:
    words = "".join(c if c.isalnum() else " " for c in outlet.lower()).split()
    return "-".join(w for w in words if w != "the")[:30]


def generate(folder: Path, articles: int, seed: int = 7) -> Manifest:
    """Write `articles` articles into `folder` (made if missing) and manifest.json beside them.

    Files are numbered in publication order, so stories interleave as in a desk's copy.
    """
    rng = random.Random(seed)
    names = _Names()
    kinds: list[str] = []
    drafts: list[_Draft] = []
    plants: dict[int, _Plant] = {}
    for index, size in enumerate(_sizes(rng, articles)):
        kind, story, plant = _story(rng, names, index, size)
        kinds.append(kind)
        drafts.extend(story)
        if plant is not None:
            plants[index] = plant
    total = _write(folder, drafts)
    stories: list[list[_Draft]] = [[] for _ in kinds]
    for draft in sorted(drafts, key=lambda d: d.id):
        stories[draft.story].append(draft)
    manifest = Manifest(
        seed=seed,
        articles=len(drafts),
        bytes=total,
        stories=tuple(tuple(d.id for d in s) for s in stories),
        kinds=tuple(kinds),
        conflicts=tuple(
            c for i, p in sorted(plants.items()) if (c := _conflict(i, p, stories[i])) is not None
        ),
    )
    (folder / "manifest.json").write_text(manifest.to_json(), encoding="utf-8")
    return manifest


def _write(folder: Path, drafts: list[_Draft]) -> int:
    """Number the drafts in publication order, write them, and return the bytes written."""
    folder.mkdir(parents=True, exist_ok=True)
    total = 0
    for number, draft in enumerate(sorted(drafts, key=lambda d: (d.published, d.order))):
        draft.id = f"{number:06d}_{_slug(draft.outlet)}"
        text = (
            f"---\ntitle: {draft.title}\noutlet: {draft.outlet}\n"
            f"published: {draft.published.isoformat()}\n---\n{draft.body}\n"
        )
        data = text.encode("utf-8")
        (folder / f"{draft.id}.md").write_bytes(data)
        total += len(data)
    return total


def _conflict(story: int, plant: _Plant, drafts: list[_Draft]) -> PlantedConflict | None:
    """The planted conflict, if the odd article and at least one other state the fact."""
    odd = [d for d in drafts if d.odd and plant.key in d.keys]
    others = [d.id for d in drafts if not d.odd and plant.key in d.keys]
    if not odd or not others:
        return None
    return PlantedConflict(story, plant.slot, odd[0].id, tuple(others), plant.value, plant.planted)


# --- scoring a run against the manifest ---------------------------------------------------------


@dataclass(frozen=True)
class Recovery:
    """How much of the planted answer a run found."""

    stories: int
    stories_exact: int  # planted stories reported as exactly one story, no more, no less
    conflicts: int
    conflicts_found: int
    other_conflicts: int  # reported conflicts that match no planted one
    missed: tuple[PlantedConflict, ...]
    others: tuple[tuple[str, frozenset[str]], ...]  # (slot, articles) of each other conflict


def score(
    manifest: Manifest,
    stories: Iterable[Iterable[str]],
    conflicts: Iterable[tuple[str, Iterable[str]]],
) -> Recovery:
    """Compare reported stories (article ids) and conflicts ((slot, articles)) with the manifest.

    A planted conflict is found when a reported conflict of its slot names its odd article and
    at least one article that states the story's figure."""
    reported = {frozenset(s) for s in stories}
    exact = sum(frozenset(s) in reported for s in manifest.stories)
    found = [(slot, frozenset(articles)) for slot, articles in conflicts]
    matched: set[int] = set()
    missed = []
    for planted in manifest.conflicts:
        hits = [i for i, (slot, ids) in enumerate(found) if _finds(planted, slot, ids)]
        matched.update(hits)
        if not hits:
            missed.append(planted)
    others = tuple(f for i, f in enumerate(found) if i not in matched)
    return Recovery(
        stories=len(manifest.stories),
        stories_exact=exact,
        conflicts=len(manifest.conflicts),
        conflicts_found=len(manifest.conflicts) - len(missed),
        other_conflicts=len(others),
        missed=tuple(missed),
        others=others,
    )


def _finds(planted: PlantedConflict, slot: str, articles: frozenset[str]) -> bool:
    return slot == planted.slot and planted.odd in articles and bool(articles & set(planted.others))


def score_report(manifest: Manifest, report: Mapping[str, Any]) -> Recovery:
    """`score` for a `discrepancy/report@1` JSON document (`check --format json`)."""
    article_of = {claim["id"]: claim["article"] for claim in report["claims"]}
    conflicts = [
        (f["slot"], {article_of[c] for c in f["claims"]})
        for f in report["findings"]
        if f["kind"] == "conflict"
    ]
    return score(manifest, (s["articles"] for s in report["stories"]), conflicts)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", type=Path)
    parser.add_argument("--articles", type=int, default=200)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    manifest = generate(args.folder, args.articles, args.seed)
    print(
        f"{manifest.articles} articles, {manifest.bytes / 1e6:.2f} MB, "
        f"{len(manifest.stories)} stories, {len(manifest.conflicts)} planted conflicts"
    )


if __name__ == "__main__":
    main()
