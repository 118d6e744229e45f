"""
Round-thirteen linking stories: one incident, many tellings.

Each story has two to four reports of one incident told in different styles, with a
confounder beside them by class: a report filed from the capital naming only "near the
capital" or "the outskirts of the capital" against one naming the city; a wire report
naming the province, a local one the town and a Western one only a compass region of the
country ("northern Iraq", "southern Yemen"); transliterations of one city (Kyiv and
Kiev, Kharkiv and Kharkov, Mosul and Mawsil, Deir ez-Zor and Deir al-Zour); a follow-up
days later naming the incident by its day ("last Tuesday's blast") or by its toll; two
incidents of one kind in one province two days apart; an aftershock days after a quake
that kills people (its own incident) against follow-ups mentioning aftershocks in passing.

Every sentence is written for these tests; the places are real, the incidents are not.
"""

from __future__ import annotations

import pytest

import claimrec as cr
from claimrec.link.places import compass_holds
from claimrec.link.profile import EventProfile, _places, profile_documents
from stories import story_tests

D = cr.Document

NEAR_CAPITAL = [
    D(
        "nc1",
        "A suicide car bomb exploded at an army checkpoint near the capital on Tuesday, killing "
        "seven soldiers, Somali officials said.",
        title="Car bomb kills seven soldiers in Somalia",
        published="2027-02-09",
        outlet="Wire One",
    ),
    D(
        "nc2",
        "Seven soldiers died on Tuesday when a car packed with explosives rammed a checkpoint on "
        "the edge of Mogadishu, a military officer said. Al-Shabaab said it carried out the "
        "bombing.",
        title="Al-Shabaab claims Mogadishu checkpoint bombing",
        published="2027-02-09",
        outlet="Horn Daily",
    ),
    D(
        "nc3",
        "A roadside bomb killed four civilians travelling in a minibus near Kismayo in southern "
        "Somalia on Tuesday, a local official said.",
        title="Roadside bomb kills four near Kismayo",
        published="2027-02-09",
        outlet="Wire One",
    ),
]

OUTSKIRTS_CAPITAL = [
    D(
        "oc1",
        "KABUL - A bomb hidden in a cart exploded at a crowded market on the outskirts of the "
        "capital on Sunday, killing nine people and wounding 20, police said.",
        title="Market bomb kills nine in Afghanistan",
        published="2027-04-11",
        outlet="Wire One",
    ),
    D(
        "oc2",
        "Nine people were killed when a bomb went off at a market in Kabul on Sunday, a "
        "spokesman for the city's police said, adding that 20 were hurt.",
        title="Kabul market blast kills nine",
        published="2027-04-11",
        outlet="Wire Two",
    ),
    D(
        "oc3",
        "A bomb exploded near a mosque in Jalalabad, the capital of Nangarhar province, on "
        "Sunday, killing three worshippers, officials said.",
        title="Mosque blast kills three in Jalalabad",
        published="2027-04-11",
        outlet="Wire Two",
    ),
]

SOUTHERN_YEMEN = [
    D(
        "sy1",
        "A drone struck a military camp in Abyan province on Thursday, killing 12 soldiers of "
        "the separatist forces, a security official said.",
        title="Drone strike kills 12 soldiers in Yemen's Abyan",
        published="2027-03-04",
        outlet="Wire One",
    ),
    D(
        "sy2",
        "ZINJIBAR - Twelve fighters were killed when a drone hit their camp near Zinjibar on "
        "Thursday, a local commander told reporters.",
        title="Twelve fighters killed in drone attack near Zinjibar",
        published="2027-03-04",
        outlet="Aden Herald",
    ),
    D(
        "sy3",
        "A drone attack on a military camp in southern Yemen on Thursday killed 12 soldiers, "
        "officials said, in one of the deadliest strikes there this year.",
        title="Drone kills 12 soldiers in southern Yemen",
        published="2027-03-05",
        outlet="Western Times",
    ),
    D(
        "sy4",
        "A drone strike on a house in Saada province in northern Yemen on Thursday killed "
        "five members of one family, health officials said.",
        title="Drone strike kills family of five in Saada",
        published="2027-03-04",
        outlet="Wire Two",
    ),
]

NORTHERN_IRAQ = [
    D(
        "ni1",
        "A suicide bomber blew himself up at a wedding hall in Nineveh province on Friday "
        "night, killing 16 guests, police said.",
        title="Suicide bomber kills 16 at wedding in Nineveh",
        published="2027-05-07",
        outlet="Wire One",
    ),
    D(
        "ni2",
        "MOSUL - Sixteen people were killed when a bomber struck a wedding party in the west of "
        "Mosul on Friday, a hospital official said.",
        title="Bomber kills 16 at Mosul wedding",
        published="2027-05-08",
        outlet="Mosul Voice",
    ),
    D(
        "ni3",
        "A suicide bombing at a wedding in northern Iraq killed 16 people on Friday, Iraqi "
        "officials said, the worst attack in the region in months.",
        title="Wedding bombing kills 16 in northern Iraq",
        published="2027-05-08",
        outlet="Western Times",
    ),
    D(
        "ni4",
        "A car bomb exploded near a market in Basra in southern Iraq on Friday, killing four "
        "people, police said.",
        title="Car bomb kills four in Basra",
        published="2027-05-07",
        outlet="Wire Two",
    ),
]

DEIR_SPELLINGS = [
    D(
        "dz1",
        "Rockets hit a base hosting US troops in Deir ez-Zor province on Wednesday, wounding "
        "three American soldiers, a US official said.",
        title="Rockets wound three US troops in Syria",
        published="2027-06-16",
        outlet="Wire One",
    ),
    D(
        "dz2",
        "Three US soldiers were hurt on Wednesday when rockets struck their base near Deir "
        "al-Zour, a war monitor said.",
        title="Rocket attack on US base near Deir al-Zour",
        published="2027-06-16",
        outlet="Wire Two",
    ),
    D(
        "dz3",
        "A rocket attack on a base in northeast Syria on Wednesday wounded three American "
        "service members, the Pentagon said.",
        title="Three US troops hurt in Syria rocket attack",
        published="2027-06-17",
        outlet="Western Times",
    ),
    D(
        "dz4",
        "An air strike hit a market in Idlib in northwest Syria on Wednesday, killing eight "
        "people, rescuers said.",
        title="Air strike on Idlib market kills eight",
        published="2027-06-16",
        outlet="Wire One",
    ),
]

KYIV_KIEV = [
    D(
        "kv1",
        "A Russian missile hit an apartment block in Kyiv early on Saturday, killing 11 "
        "people, the city's mayor said.",
        title="Missile strike on Kyiv apartment block kills 11",
        published="2027-01-16",
        outlet="Wire One",
    ),
    D(
        "kv2",
        "MOSCOW - The defence ministry said on Saturday its forces had struck military targets "
        "in Kiev overnight, after Ukrainian officials said a missile killed 11 people in a "
        "residential building.",
        title="Moscow says it struck military targets in Kiev",
        published="2027-01-16",
        outlet="Wire Two",
    ),
    D(
        "kv3",
        "A drone hit port buildings in Odesa on Saturday, killing two workers, the regional "
        "governor said.",
        title="Drone strike on Odesa port kills two",
        published="2027-01-16",
        outlet="Wire One",
    ),
]

KHARKIV_KHARKOV = [
    D(
        "kh1",
        "Russian glide bombs struck a shopping centre in Kharkiv on Monday, killing 14 people "
        "and wounding 40, the regional governor said.",
        title="Glide bombs kill 14 at Kharkiv shopping centre",
        published="2027-08-09",
        outlet="Wire One",
    ),
    D(
        "kh2",
        "The toll from the bombing of a shopping centre in Kharkov rose to 16 on Tuesday, "
        "officials said, as rescuers searched the rubble.",
        title="Kharkov shopping centre toll rises to 16",
        published="2027-08-10",
        outlet="Wire Two",
    ),
    D(
        "kh3",
        "Shelling killed three people in Zaporizhzhia in southern Ukraine on Monday, the "
        "regional governor said.",
        title="Shelling kills three in Zaporizhzhia",
        published="2027-08-09",
        outlet="Wire One",
    ),
]

MOSUL_MAWSIL = [
    D(
        "mm1",
        "A roadside bomb hit an army patrol south of Mosul on Sunday, killing five soldiers, "
        "a military statement said.",
        title="Roadside bomb kills five soldiers near Mosul",
        published="2027-09-12",
        outlet="Wire One",
    ),
    D(
        "mm2",
        "Five Iraqi soldiers died when an explosive device struck their vehicle near Mawsil on "
        "Sunday, a security source said.",
        title="Five soldiers killed near Mawsil",
        published="2027-09-12",
        outlet="Gulf Wire",
    ),
    D(
        "mm3",
        "A roadside bomb killed two police officers in Kirkuk on Sunday, a police source said.",
        title="Roadside bomb kills two police in Kirkuk",
        published="2027-09-12",
        outlet="Wire Two",
    ),
]

LAST_TUESDAY = [
    D(
        "lt1",
        "A bomb planted on a motorcycle exploded outside a crowded market in Quetta on Tuesday, "
        "killing 14 people, police said.",
        title="Motorcycle bomb kills 14 at Quetta market",
        published="2027-10-12",
        outlet="Wire One",
    ),
    D(
        "lt2",
        "Police in Quetta said on Monday they had arrested two men suspected of planting the "
        "bomb in last Tuesday's blast at the market, which killed 14 people.",
        title="Two arrested over Quetta market blast",
        published="2027-10-18",
        outlet="Wire Two",
    ),
    D(
        "lt3",
        "Gunmen opened fire on a passenger bus in Quetta on Saturday, killing six travellers, "
        "officials said.",
        title="Gunmen kill six bus passengers in Quetta",
        published="2027-10-16",
        outlet="Wire One",
    ),
]

BY_TOLL = [
    D(
        "bt1",
        "A suicide bomber struck a police training centre in Peshawar on Thursday, killing 22 "
        "recruits, officials said.",
        title="Suicide bomber kills 22 police recruits in Peshawar",
        published="2027-11-04",
        outlet="Wire One",
    ),
    D(
        "bt2",
        "Hundreds attended the funerals in Peshawar on Saturday of police recruits killed in "
        "the bombing that killed 22 people at their training centre.",
        title="Peshawar mourns police recruits",
        published="2027-11-06",
        outlet="Wire Two",
    ),
    D(
        "bt3",
        "A bomb exploded at a checkpoint in Bannu on Saturday, killing three policemen, "
        "officials said.",
        title="Checkpoint bomb kills three policemen in Bannu",
        published="2027-11-06",
        outlet="Wire One",
    ),
]

TWO_DAYS_APART = [
    D(
        "td1",
        "A bomb exploded at a mosque in Nangarhar province on Monday during evening "
        "prayers, killing six worshippers, the provincial governor's spokesman said.",
        title="Mosque bomb kills six in Nangarhar",
        published="2027-06-07",
        outlet="Wire One",
    ),
    D(
        "td2",
        "Six people were killed on Monday when a bomb went off inside a mosque in Nangarhar, "
        "officials said.",
        title="Six killed in Nangarhar mosque bombing",
        published="2027-06-07",
        outlet="Wire Two",
    ),
    D(
        "td3",
        "A roadside bomb hit a minibus in Nangarhar province on Wednesday, killing four "
        "passengers, police said.",
        title="Roadside bomb kills four in Nangarhar",
        published="2027-06-09",
        outlet="Wire One",
    ),
]

QUAKE_WEEKS = [
    D(
        "qw1",
        "A magnitude 6.3 earthquake struck Herat province in western Afghanistan on Saturday, "
        "killing at least 120 people, officials said.",
        title="Quake kills 120 in western Afghanistan",
        published="2027-10-02",
        outlet="Wire One",
    ),
    D(
        "qw2",
        "Rescuers were still digging through rubble in villages of Herat on Monday, nine days "
        "after the earthquake, as aftershocks rattled survivors sleeping in tents. The toll "
        "has risen to 140.",
        title="Herat quake survivors shelter in tents as aftershocks go on",
        published="2027-10-11",
        outlet="Wire Two",
    ),
    D(
        "qw3",
        "A magnitude 5.9 aftershock struck Herat province on Sunday, killing four people "
        "whose homes had been weakened by the earthquake two weeks earlier, officials said.",
        title="Aftershock kills four in Herat",
        published="2027-10-17",
        outlet="Wire One",
    ),
]

SUDAN_FLOODS = [
    D(
        "sf1",
        "Floods after torrential rain swept through River Nile state on Wednesday, killing 17 "
        "people and destroying hundreds of homes, the civil defence said.",
        title="Floods kill 17 in Sudan's River Nile state",
        published="2027-08-18",
        outlet="Wire One",
    ),
    D(
        "sf2",
        "ATBARA - Seventeen people died when flood waters tore through neighbourhoods of "
        "Atbara on Wednesday, residents said.",
        title="Seventeen dead as floods hit Atbara",
        published="2027-08-18",
        outlet="Khartoum Voice",
    ),
    D(
        "sf3",
        "Floods in northern Sudan have killed 17 people, aid groups said on Thursday, warning "
        "of disease in displacement camps.",
        title="Floods kill 17 in northern Sudan",
        published="2027-08-19",
        outlet="Western Times",
    ),
    D(
        "sf4",
        "Floods killed six people in Nyala in South Darfur on Wednesday, a local official said.",
        title="Floods kill six in Nyala",
        published="2027-08-18",
        outlet="Wire Two",
    ),
]

DISPUTED_HOSPITAL = [
    D(
        "dh1",
        "Shelling hit the main hospital in El Fasher on Friday, killing 19 patients and "
        "relatives, the health ministry said, blaming the paramilitary forces.",
        title="Shelling of El Fasher hospital kills 19",
        published="2027-07-09",
        outlet="Wire One",
    ),
    D(
        "dh2",
        "The paramilitary forces denied shelling a hospital in North Darfur on Friday and said "
        "the toll of 19 given by the army-aligned ministry was invented; a local doctors' group "
        "put the dead at nine.",
        title="Paramilitaries deny shelling Darfur hospital",
        published="2027-07-10",
        outlet="Wire Two",
    ),
    D(
        "dh3",
        "Shelling killed five people in a market in Omdurman on Friday, activists said.",
        title="Shelling kills five in Omdurman market",
        published="2027-07-09",
        outlet="Wire One",
    ),
]

MYANMAR_STRIKE = [
    D(
        "ms1",
        "A military air strike on a village in Sagaing region on Tuesday killed 30 people, "
        "including children at a school, a resistance group said.",
        title="Air strike kills 30 in Myanmar's Sagaing",
        published="2027-03-16",
        outlet="Wire One",
    ),
    D(
        "ms2",
        "Myanmar's junta bombed a village in northwestern Myanmar on Tuesday, killing 30 "
        "civilians, residents said.",
        title="Junta air strike kills 30 in northwestern Myanmar",
        published="2027-03-17",
        outlet="Western Times",
    ),
    D(
        "ms3",
        "An air strike hit a monastery in Rakhine state on Tuesday, killing seven people, "
        "an armed group said.",
        title="Air strike on Rakhine monastery kills seven",
        published="2027-03-16",
        outlet="Wire Two",
    ),
]

SOUTHEAST_TURKEY = [
    D(
        "st1",
        "A car bomb exploded near a police station in Diyarbakir on Monday, killing five police "
        "officers, the governor's office said.",
        title="Car bomb kills five police in Diyarbakir",
        published="2027-04-19",
        outlet="Wire One",
    ),
    D(
        "st2",
        "A car bombing targeted police in southeastern Turkey on Monday, killing five "
        "officers, the interior ministry said.",
        title="Car bomb kills five police in southeastern Turkey",
        published="2027-04-19",
        outlet="Western Times",
    ),
    D(
        "st3",
        "A bomb exploded at a bus stop in Istanbul on Monday, killing two people, police said.",
        title="Bus stop bomb kills two in Istanbul",
        published="2027-04-19",
        outlet="Wire Two",
    ),
]

QUAKE_PASSING = [
    D(
        "qp1",
        "A magnitude 6.0 earthquake shook Khost province in eastern Afghanistan on Wednesday, "
        "killing at least 45 people, officials said.",
        title="Quake kills 45 in eastern Afghanistan",
        published="2027-12-08",
        outlet="Wire One",
    ),
    D(
        "qp2",
        "Aid reached villages in Khost on Saturday, three days after the earthquake that "
        "killed 45 people, though aftershocks kept families out of their homes.",
        title="Aid reaches Khost quake villages amid aftershocks",
        published="2027-12-11",
        outlet="Wire Two",
    ),
    D(
        "qp3",
        "A landslide buried a road in Khost province on Saturday, killing three drivers, "
        "officials said.",
        title="Landslide kills three drivers in Khost",
        published="2027-12-11",
        outlet="Wire One",
    ),
]

TWO_WEEKS_ON = [
    D(
        "tw1",
        "A magnitude 6.3 earthquake struck Herat province in western Afghanistan on Saturday, "
        "killing at least 120 people, officials said.",
        title="Quake kills 120 in western Afghanistan",
        published="2027-10-02",
        outlet="Wire One",
    ),
    D(
        "tw2",
        "HERAT - Survivors of the earthquake that killed 120 people in Herat two weeks ago are "
        "still sleeping in tents, aid workers said on Monday, as aftershocks continue.",
        title="Two weeks on, Herat quake survivors still in tents",
        published="2027-10-18",
        outlet="Wire Two",
    ),
    D(
        "tw3",
        "A strong aftershock hit Herat province on Sunday, killing four people and injuring 30, "
        "officials said, two weeks after an earthquake killed 120 in the region.",
        title="Strong aftershock kills four in Herat",
        published="2027-10-17",
        outlet="Wire One",
    ),
    D(
        "tw4",
        "A new earthquake of magnitude 5.8 shook Herat on Sunday, killing four people in "
        "villages still in ruins from the quake of October 2, officials said.",
        title="New quake kills four in Herat",
        published="2027-10-17",
        outlet="Wire Two",
    ),
]

STORIES: dict[str, tuple[list[cr.Document], list[set[str]]]] = {
    "near the capital": (NEAR_CAPITAL, [{"nc1", "nc2"}, {"nc3"}]),
    "outskirts of the capital": (OUTSKIRTS_CAPITAL, [{"oc1", "oc2"}, {"oc3"}]),
    "southern yemen": (SOUTHERN_YEMEN, [{"sy1", "sy2", "sy3"}, {"sy4"}]),
    "northern iraq": (NORTHERN_IRAQ, [{"ni1", "ni2", "ni3"}, {"ni4"}]),
    "deir spellings": (DEIR_SPELLINGS, [{"dz1", "dz2", "dz3"}, {"dz4"}]),
    "kyiv kiev": (KYIV_KIEV, [{"kv1", "kv2"}, {"kv3"}]),
    "kharkiv kharkov": (KHARKIV_KHARKOV, [{"kh1", "kh2"}, {"kh3"}]),
    "mosul mawsil": (MOSUL_MAWSIL, [{"mm1", "mm2"}, {"mm3"}]),
    "last tuesday": (LAST_TUESDAY, [{"lt1", "lt2"}, {"lt3"}]),
    "by toll": (BY_TOLL, [{"bt1", "bt2"}, {"bt3"}]),
    "two days apart": (TWO_DAYS_APART, [{"td1", "td2"}, {"td3"}]),
    "quake weeks": (QUAKE_WEEKS, [{"qw1", "qw2"}, {"qw3"}]),
    "sudan floods": (SUDAN_FLOODS, [{"sf1", "sf2", "sf3"}, {"sf4"}]),
    "disputed hospital": (DISPUTED_HOSPITAL, [{"dh1", "dh2"}, {"dh3"}]),
    "myanmar strike": (MYANMAR_STRIKE, [{"ms1", "ms2"}, {"ms3"}]),
    "southeast turkey": (SOUTHEAST_TURKEY, [{"st1", "st2"}, {"st3"}]),
    "quake passing": (QUAKE_PASSING, [{"qp1", "qp2"}, {"qp3"}]),
    "two weeks on": (TWO_WEEKS_ON, [{"tw1", "tw2"}, {"tw3", "tw4"}]),
}

#: Stories the linker still gets wrong (strict: a fix must remove its name here).
STILL_WRONG: frozenset[str] = frozenset({"deir spellings", "southeast turkey", "southern yemen"})

test_each_story_alone_links_its_incidents, test_all_stories_as_one_corpus = story_tests(
    STORIES,
    still_wrong=STILL_WRONG,
    corpus_wrong=True,
    reason=(
        "still split: deir spellings: the compass table holds Deir ez-Zor in eastern Syria "
        "only (its centre bears 84 degrees from Syria's), so 'northeast Syria' meets it as "
        "the country does (0.625, kept apart by its link to dz2 at 0.500); southeast "
        "turkey: Diyarbakir lies east by coordinates, not south east (0.512); southern "
        "yemen: sy1 'Abyan province' against sy2 'near Zinjibar' and sy3 'southern Yemen' "
        "share few words (0.59-0.61)"
    ),
)


class TestDerivedCompassRows:
    """Rows derived from coordinates (``tools/derive_compass.py``) hold and exclude by data."""

    @pytest.mark.parametrize(
        ("country", "code", "words", "held"),
        [
            ("YE", "01", {"south"}, True),  # southern Yemen: Abyan
            ("YE", "15", {"south"}, False),  # southern Yemen: not Saada
            ("SD", "53", {"north"}, True),  # northern Sudan: River Nile
            ("SD", "49", {"north"}, False),  # northern Sudan: not South Darfur
            ("AF", "18", {"east"}, True),  # eastern Afghanistan: Nangarhar
            ("AF", "11", {"east"}, False),  # eastern Afghanistan: not Herat
            ("SO", "09", {"south"}, True),  # southern Somalia: Lower Juba
            ("MM", "10", {"north"}, True),  # northern Myanmar: Sagaing
            ("MM", "12", {"north"}, False),  # northern Myanmar: not Tanintharyi
            ("TR", "34", {"south", "east"}, False),  # southeastern Turkey: not Istanbul
            ("TR", "63", {"south", "east"}, True),  # southeastern Turkey: Sanliurfa
        ],
    )
    def test_a_compass_region_holds_or_excludes(
        self, country: str, code: str, words: set[str], held: bool | None
    ) -> None:
        assert compass_holds(country, code, words) is held


def _profile(doc: cr.Document) -> EventProfile:
    (profile,), _ = profile_documents([doc], [])
    return profile


class TestTheCapitalNamedBare:
    """'Near the capital' in a report naming one country is around that country's capital."""

    def test_the_capital_of_the_one_country_named(self) -> None:
        profile = _profile(NEAR_CAPITAL[0])

        assert "mogadishu" in profile.places

    def test_the_edge_of_a_city_names_the_city(self) -> None:
        """'On the edge of Mogadishu' places the event around Mogadishu (a `_PLACE_OF` word)."""
        profile = _profile(NEAR_CAPITAL[1])

        assert profile.places == ("mogadishu",)

    def test_two_countries_name_no_capital(self) -> None:
        doc = D(
            "x",
            "Kenyan and Somali troops shelled positions near the capital on Monday, killing "
            "six fighters, officials said.",
            title="Shelling kills six fighters",
            published="2027-02-09",
        )

        assert "mogadishu" not in _profile(doc).places
        assert "nairobi" not in _profile(doc).places

    def test_the_capital_of_a_province_is_no_national_capital(self) -> None:
        doc = D(
            "x",
            "A bomb exploded in the capital of Bay region on Monday, killing six people, "
            "Somali officials said.",
            title="Bomb kills six in Somalia",
            published="2027-02-09",
        )

        assert "mogadishu" not in _profile(doc).places


class TestLawInstitutionsAreNoTowns:
    """A police department, a jail or a court names the town or county before it, no place."""

    def test_a_jail_and_a_court_name_their_county(self) -> None:
        places, _ = _places(
            "Man shot dead in Orvenna",
            "A man was shot dead on Linden Street in Orvenna on Friday. A suspect was booked "
            "into the Calder County Jail and will appear at Calder County Superior Court.",
        )

        assert [key for key, _ in places] == ["orvena", "linden st", "calder county"]

    def test_a_name_ends_with_its_sentence(self) -> None:
        """'in Waldren Park.Police said': the place is Waldren Park, not 'Waldren Park.Police'."""
        places, _ = _places(
            "Man shot in Orvenna",
            "A man was shot in Waldren Park.Police said the gunman fled on foot.",
        )

        assert [label for _, label in places] == ["Orvenna", "Waldren Park"]

    def test_a_street_named_court_stays(self) -> None:
        places, _ = _places("Woman shot", "A woman was shot on Deer Hollow Court on Sunday.")

        assert [label for _, label in places] == ["Deer Hollow Court"]
