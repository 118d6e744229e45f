"""
Round-fifteen linking stories: one incident named at different levels, spelled and dated otherwise.

Each story holds two to four reports of one incident across genres (a bombing, an attack
on a base, a quake, a flood, a fire, a crash, a shooting) and a confounder beside it: an
Arabic name with its article fused, spaced or assimilated ("Salahuddin", "Salah ad-Din");
a base named by its town against one named by its province; a state named by landscape
words ("River Nile state"); a hospital a victim was taken to; a denial told alone; a
province of Yemen, Turkey or Afghanistan; two incidents in one city days apart; one day in
two countries.

Every sentence is written for these tests; the places are real, the incidents are not.
"""

from __future__ import annotations

import pytest

import claimrec as cr
from claimrec.link.places import default_gazetteer, place_key, region_phrase
from claimrec.link.profile import EventProfile, profile_documents
from stories import story_tests
from timing import assert_linear_time

D = cr.Document

SALAHUDDIN = [
    D(
        "sa1",
        "Gunmen attacked a police checkpoint in Salahuddin province on Monday night, killing "
        "five policemen, a security source said.",
        title="Gunmen kill five police in Salahuddin",
        published="2027-03-09",
        outlet="Wire One",
    ),
    D(
        "sa2",
        "Five police officers were killed when militants stormed their checkpoint in Salah "
        "ad-Din on Monday, the interior ministry said.",
        title="Militants kill five police officers in Iraq",
        published="2027-03-09",
        outlet="Wire Two",
    ),
    D(
        "sa3",
        "A roadside bomb killed two soldiers in Basra on Monday, police said.",
        title="Roadside bomb kills two soldiers in Basra",
        published="2027-03-09",
        outlet="Wire One",
    ),
]

DEIR_THREE = [
    D(
        "dt1",
        "A car bomb exploded near a checkpoint in Deir ez-Zor on Saturday, killing six "
        "fighters, a monitoring group said.",
        title="Car bomb kills six in Deir ez-Zor",
        published="2027-08-14",
        outlet="Wire One",
    ),
    D(
        "dt2",
        "Six fighters died on Saturday when a booby-trapped car blew up at a checkpoint in "
        "Dayr az Zawr, local activists said.",
        title="Six fighters killed in Dayr az Zawr blast",
        published="2027-08-14",
        outlet="Levant Post",
    ),
    D(
        "dt3",
        "A mortar shell hit a school in Aleppo on Saturday, killing three children, rescuers said.",
        title="Shelling kills three children in Aleppo",
        published="2027-08-14",
        outlet="Wire Two",
    ),
]

RAMADI = [
    D(
        "rm1",
        "A suicide bomber struck a funeral tent in Ar Ramadi on Thursday, killing 14 "
        "mourners, police said.",
        title="Suicide bomber kills 14 mourners in Iraq",
        published="2027-05-13",
        outlet="Wire One",
    ),
    D(
        "rm2",
        "Fourteen people were killed at a funeral in Ramadi on Thursday when a bomber "
        "detonated his vest, officials said.",
        title="Funeral bombing in Ramadi kills 14",
        published="2027-05-14",
        outlet="Western Times",
    ),
    D(
        "rm3",
        "A bomb killed four people at a market in Kirkuk on Thursday, police said.",
        title="Market bomb kills four in Kirkuk",
        published="2027-05-13",
        outlet="Wire Two",
    ),
]

BALAD_BASE = [
    D(
        "bb1",
        "Three rockets struck Balad air base on Tuesday, wounding two Iraqi contractors, "
        "the military said.",
        title="Rockets hit Balad air base",
        published="2027-01-19",
        outlet="Wire One",
    ),
    D(
        "bb2",
        "Rockets hit a base hosting foreign contractors in Salahuddin province on Tuesday, "
        "wounding two workers, a security official said.",
        title="Rocket attack on Iraqi base wounds two",
        published="2027-01-19",
        outlet="Wire Two",
    ),
    D(
        "bb3",
        "A drone struck a base in Erbil on Tuesday, causing no casualties, officials said, "
        "while a separate rocket attack in Basra wounded one guard.",
        title="Drone hits base in Erbil",
        published="2027-01-19",
        outlet="Wire One",
    ),
]

RIVER_NILE = [
    D(
        "rn1",
        "Flash floods swept through villages in River Nile State on Wednesday, killing 23 "
        "people and destroying hundreds of homes, officials said.",
        title="Floods kill 23 in Sudan's River Nile State",
        published="2027-08-25",
        outlet="Wire One",
    ),
    D(
        "rn2",
        "Twenty-three people died when torrential rain flooded homes in Atbara on "
        "Wednesday, the civil defence authority said.",
        title="Floods kill 23 around Atbara",
        published="2027-08-25",
        outlet="Khartoum Daily",
    ),
    D(
        "rn3",
        "Floods killed nine people in South Darfur state on Wednesday, aid workers said.",
        title="Floods kill nine in South Darfur",
        published="2027-08-25",
        outlet="Wire Two",
    ),
]

HOSPITAL_ELSEWHERE = [
    D(
        "he1",
        "A bus collided with a fuel tanker on the highway near Kharian on Friday, killing 17 "
        "passengers, police said. The injured were taken to a hospital in Lahore.",
        title="Bus crash kills 17 in Pakistan",
        published="2027-06-04",
        outlet="Wire One",
    ),
    D(
        "he2",
        "Seventeen people were killed when a passenger bus hit a tanker near Kharian on "
        "Friday, rescue officials said.",
        title="Seventeen killed in Kharian bus crash",
        published="2027-06-04",
        outlet="Wire Two",
    ),
    D(
        "he3",
        "A gas cylinder exploded in a restaurant in Lahore on Friday, killing six people, "
        "rescue officials said.",
        title="Gas blast kills six in Lahore restaurant",
        published="2027-06-04",
        outlet="Wire One",
    ),
]

DENIAL_ALONE = [
    D(
        "da1",
        "An air strike hit a wedding party in Hajjah province on Sunday, killing 21 people, "
        "medics said.",
        title="Air strike on wedding kills 21 in Yemen",
        published="2027-09-12",
        outlet="Wire One",
    ),
    D(
        "da2",
        "The coalition denied on Monday that its aircraft had struck a wedding in Hajjah, "
        "saying its jets had hit a military target.",
        title="Coalition denies striking Hajjah wedding",
        published="2027-09-13",
        outlet="Wire Two",
    ),
    D(
        "da3",
        "Shelling killed four civilians in Taiz on Sunday, local officials said.",
        title="Shelling kills four in Taiz",
        published="2027-09-12",
        outlet="Wire One",
    ),
]

YEMEN_PROVINCE = [
    D(
        "yp1",
        "A landmine killed seven people travelling in a car in Marib province on Saturday, "
        "a local official said.",
        title="Landmine kills seven in Yemen's Marib",
        published="2027-10-16",
        outlet="Wire One",
    ),
    D(
        "yp2",
        "Seven members of one family were killed on Saturday when their car hit a landmine "
        "in Marib, medics said.",
        title="Landmine kills family of seven in Marib",
        published="2027-10-16",
        outlet="Wire Two",
    ),
    D(
        "yp3",
        "A landmine killed two shepherds in Hodeidah province on Saturday, a rights group said.",
        title="Landmine kills two shepherds in Hodeidah",
        published="2027-10-16",
        outlet="Wire One",
    ),
]

TURKEY_QUAKE = [
    D(
        "tq1",
        "A magnitude 5.9 earthquake struck Malatya province on Tuesday, killing eight people "
        "and collapsing dozens of buildings, the disaster agency said.",
        title="Quake kills eight in eastern Turkey",
        published="2027-04-20",
        outlet="Wire One",
    ),
    D(
        "tq2",
        "Eight people died when a strong quake shook Malatya on Tuesday, officials said, as "
        "rescuers searched the rubble.",
        title="Strong quake kills eight in Malatya",
        published="2027-04-20",
        outlet="Anatolia Daily",
    ),
    D(
        "tq3",
        "A fire at a textile factory in Izmir province killed five workers on Tuesday, the "
        "governor said.",
        title="Factory fire kills five in Izmir",
        published="2027-04-20",
        outlet="Wire Two",
    ),
]

AFGHAN_PROVINCE = [
    D(
        "ap1",
        "A suicide bomber attacked a mosque in Kunduz province during Friday prayers, "
        "killing 30 worshippers, a spokesman said.",
        title="Mosque bombing kills 30 in Afghanistan",
        published="2027-10-08",
        outlet="Wire One",
    ),
    D(
        "ap2",
        "At least 30 worshippers were killed when a bomber blew himself up inside a mosque "
        "in Kunduz city on Friday, witnesses said.",
        title="Kunduz mosque blast kills 30",
        published="2027-10-08",
        outlet="Wire Two",
    ),
    D(
        "ap3",
        "A bomb exploded at a bus station in Kandahar province on Friday, killing five "
        "people, police said.",
        title="Bomb kills five in Kandahar",
        published="2027-10-08",
        outlet="Wire One",
    ),
]

SAME_CITY_DAYS_APART = [
    D(
        "sc1",
        "A fire broke out in a crowded apartment block in Dhaka on Monday, killing 12 "
        "residents, the fire service said.",
        title="Apartment fire kills 12 in Dhaka",
        published="2027-02-15",
        outlet="Wire One",
    ),
    D(
        "sc2",
        "Twelve people died in Monday's blaze at a residential building in Dhaka, officials "
        "said, blaming an electrical fault.",
        title="Dhaka apartment blaze toll at 12",
        published="2027-02-16",
        outlet="Wire Two",
    ),
    D(
        "sc3",
        "A fire at a chemical warehouse in Dhaka on Friday killed seven workers, the fire "
        "service said.",
        title="Warehouse fire kills seven in Dhaka",
        published="2027-02-19",
        outlet="Wire One",
    ),
]

ONE_DAY_TWO_COUNTRIES = [
    D(
        "oc1",
        "Heavy rain triggered a landslide in Sindhupalchok district on Thursday, burying "
        "eleven villagers, Nepali police said.",
        title="Landslide kills 11 in Nepal",
        published="2027-07-15",
        outlet="Wire One",
    ),
    D(
        "oc2",
        "Eleven people were killed when a hillside collapsed onto homes in Sindhupalchok on "
        "Thursday, the district office said.",
        title="Eleven killed in Sindhupalchok landslide",
        published="2027-07-15",
        outlet="Kathmandu Post",
    ),
    D(
        "oc3",
        "A landslide killed eleven people in Uttarakhand on Thursday, Indian officials said.",
        title="Landslide kills 11 in India",
        published="2027-07-15",
        outlet="Wire Two",
    ),
]

LAST_WEEK_FOLLOWUP = [
    D(
        "lw1",
        "A train derailed near Balasore on Wednesday, killing 40 passengers, railway "
        "officials said.",
        title="Train derailment kills 40 in India",
        published="2027-06-02",
        outlet="Wire One",
    ),
    D(
        "lw2",
        "The death toll from last week's train derailment near Balasore rose to 46, railway "
        "officials said on Monday.",
        title="Balasore train crash toll rises to 46",
        published="2027-06-07",
        outlet="Wire Two",
    ),
    D(
        "lw3",
        "A bus fell into a gorge in Jammu on Wednesday, killing 15 pilgrims, police said.",
        title="Bus plunge kills 15 in Jammu",
        published="2027-06-02",
        outlet="Wire One",
    ),
]

SUNDAY_NIGHT_SHOOTING = [
    D(
        "sn1",
        "Four people were shot dead at a bar in Memphis, Tennessee, on Sunday night, police said.",
        title="Four shot dead at Memphis bar",
        published="2027-05-24",
        outlet="Wire One",
    ),
    D(
        "sn2",
        "MEMPHIS - Police were searching on Monday for a gunman who killed four people in a "
        "bar late on Sunday.",
        title="Manhunt after four killed in Memphis bar",
        published="2027-05-25",
        outlet="City Herald",
    ),
    D(
        "sn3",
        "Two people were shot dead outside a nightclub in Nashville on Sunday night, police said.",
        title="Two shot dead in Nashville",
        published="2027-05-24",
        outlet="Wire Two",
    ),
]

QUAKE_AFTERSHOCK = [
    D(
        "qa1",
        "A magnitude 6.1 earthquake hit Herat province on Saturday, killing 35 villagers, "
        "officials said.",
        title="Quake kills 35 in western Afghanistan",
        published="2027-10-09",
        outlet="Wire One",
    ),
    D(
        "qa2",
        "Thirty-five people were killed when Saturday's earthquake flattened mud homes in "
        "villages of Zinda Jan district, Herat, the disaster ministry said.",
        title="Herat quake toll at 35",
        published="2027-10-10",
        outlet="Wire Two",
    ),
    D(
        "qa3",
        "A strong aftershock struck Herat on Wednesday, killing two more people, officials said.",
        title="Aftershock kills two in Herat",
        published="2027-10-13",
        outlet="Wire One",
    ),
]

STORMS_BORDER = [
    D(
        "sb1",
        "Cross-border shelling killed three villagers near the border with Pakistan in "
        "Kunar province on Tuesday, Afghan officials said.",
        title="Shelling kills three in Afghanistan's Kunar",
        published="2027-11-02",
        outlet="Wire One",
    ),
    D(
        "sb2",
        "Three civilians were killed on Tuesday when shells fired from across the border "
        "landed on homes in Kunar, a provincial spokesman said.",
        title="Three civilians killed by shells in Kunar",
        published="2027-11-02",
        outlet="Wire Two",
    ),
    D(
        "sb3",
        "A storm destroyed homes in Sylhet on Tuesday, killing six people, Bangladeshi "
        "officials said.",
        title="Storm kills six in Sylhet",
        published="2027-11-02",
        outlet="Wire One",
    ),
]

BAGRAM_PARWAN = [
    D(
        "bp1",
        "A suicide bomber rammed a truck into the gate of Bagram airfield on Thursday, "
        "killing four guards, NATO said.",
        title="Suicide bomber kills four at Bagram gate",
        published="2027-12-02",
        outlet="Wire One",
    ),
    D(
        "bp2",
        "Four Afghan guards were killed when a truck bomb exploded outside a foreign "
        "military base in Parwan province on Thursday, a provincial spokesman said.",
        title="Truck bomb kills four outside base in Parwan",
        published="2027-12-02",
        outlet="Wire Two",
    ),
    D(
        "bp3",
        "A bomb killed three policemen in Ghazni on Thursday, officials said.",
        title="Bomb kills three police in Ghazni",
        published="2027-12-02",
        outlet="Wire One",
    ),
]

URFA_DIACRITICS = [
    D(
        "ur1",
        "A gas explosion tore through a market in Şanlıurfa on Saturday, killing nine "
        "people, the governor said.",
        title="Market blast kills nine in Şanlıurfa",
        published="2027-11-20",
        outlet="Wire One",
    ),
    D(
        "ur2",
        "Nine people died when a gas canister exploded at a crowded market in Sanliurfa on "
        "Saturday, the health ministry said.",
        title="Nine killed in Sanliurfa market explosion",
        published="2027-11-20",
        outlet="Wire Two",
    ),
    D(
        "ur3",
        "A gas explosion at a restaurant in Gaziantep killed two people on Saturday, "
        "officials said.",
        title="Restaurant blast kills two in Gaziantep",
        published="2027-11-20",
        outlet="Wire One",
    ),
]

HOSPITAL_CAPITAL = [
    D(
        "hc1",
        "Gunmen opened fire on a bus carrying pilgrims in Ghor province on Tuesday, killing "
        "eight passengers, officials said.",
        title="Gunmen kill eight bus passengers in Afghanistan",
        published="2027-04-06",
        outlet="Wire One",
    ),
    D(
        "hc2",
        "Eight pilgrims were shot dead when gunmen stopped their bus in Ghor on Tuesday; "
        "five wounded survivors were flown to a hospital in Kabul, a spokesman said.",
        title="Eight pilgrims shot dead in Ghor",
        published="2027-04-06",
        outlet="Wire Two",
    ),
    D(
        "hc3",
        "A sticky bomb attached to a car killed two officials in Kabul on Tuesday, police said.",
        title="Sticky bomb kills two officials in Kabul",
        published="2027-04-06",
        outlet="Wire One",
    ),
]

BLUE_NILE_LOWER = [
    D(
        "bn1",
        "Gunmen attacked a village in Blue Nile state on Friday, killing 14 farmers, local "
        "officials said.",
        title="Gunmen kill 14 in Sudan's Blue Nile state",
        published="2027-07-09",
        outlet="Wire One",
    ),
    D(
        "bn2",
        "Fourteen farmers were killed on Friday when armed men raided a village near Ed "
        "Damazin, a local official said.",
        title="Armed men kill 14 farmers near Ed Damazin",
        published="2027-07-09",
        outlet="Wire Two",
    ),
    D(
        "bn3",
        "Gunmen killed six herders in North Kordofan state on Friday, officials said.",
        title="Gunmen kill six herders in North Kordofan",
        published="2027-07-09",
        outlet="Wire One",
    ),
]

BORDER_PROVINCE = [
    D(
        "bo1",
        "Rockets fired from across the border hit the town of Kilis near the border with "
        "Syria on Monday, killing two people, Turkish officials said.",
        title="Rockets from Syria kill two in Turkish border town",
        published="2027-03-22",
        outlet="Wire One",
    ),
    D(
        "bo2",
        "Two people were killed on Monday when rockets landed on homes in Kilis province, "
        "the governor's office said.",
        title="Two killed as rockets hit Kilis",
        published="2027-03-22",
        outlet="Wire Two",
    ),
    D(
        "bo3",
        "A landslide buried two houses in Rize province on Monday, killing five people, "
        "officials said.",
        title="Landslide kills five in Rize",
        published="2027-03-22",
        outlet="Wire One",
    ),
]

HEADLINE_ONLY = [
    D(
        "ho1",
        "A fire swept through a garment factory in Karachi on Wednesday night, killing 31 "
        "workers trapped behind locked exits, rescue officials said.",
        title="Karachi factory fire kills 31",
        published="2027-09-02",
        outlet="Wire One",
    ),
    D(
        "ho2",
        "",
        title="Death toll in Karachi garment factory fire rises to 31",
        published="2027-09-03",
        outlet="Wire Two",
    ),
    D(
        "ho3",
        "A fire at a shopping mall in Lahore killed four people on Wednesday, officials said.",
        title="Lahore mall fire kills four",
        published="2027-09-02",
        outlet="Wire One",
    ),
]

DENIAL_BASE = [
    D(
        "db1",
        "Drones attacked a base hosting coalition troops in Anbar province on Sunday, "
        "wounding three soldiers, a military statement said.",
        title="Drone attack wounds three at Iraq base",
        published="2027-02-07",
        outlet="Wire One",
    ),
    D(
        "db2",
        "An armed group denied on Monday any role in the drone attack on Ain al-Asad air "
        "base, calling the accusation baseless.",
        title="Armed group denies role in Ain al-Asad drone attack",
        published="2027-02-08",
        outlet="Wire Two",
    ),
    D(
        "db3",
        "A car bomb killed five people at a market in Mosul on Sunday, police said.",
        title="Car bomb kills five in Mosul",
        published="2027-02-07",
        outlet="Wire One",
    ),
]

#: Each story's reports and its gold incidents.
STORIES = {
    "salahuddin spellings": (SALAHUDDIN, [{"sa1", "sa2"}, {"sa3"}]),
    "deir three spellings": (DEIR_THREE, [{"dt1", "dt2"}, {"dt3"}]),
    "ar ramadi": (RAMADI, [{"rm1", "rm2"}, {"rm3"}]),
    "balad base": (BALAD_BASE, [{"bb1", "bb2"}, {"bb3"}]),
    "river nile": (RIVER_NILE, [{"rn1", "rn2"}, {"rn3"}]),
    "hospital elsewhere": (HOSPITAL_ELSEWHERE, [{"he1", "he2"}, {"he3"}]),
    "denial alone": (DENIAL_ALONE, [{"da1", "da2"}, {"da3"}]),
    "yemen province": (YEMEN_PROVINCE, [{"yp1", "yp2"}, {"yp3"}]),
    "turkey quake": (TURKEY_QUAKE, [{"tq1", "tq2"}, {"tq3"}]),
    "afghan province": (AFGHAN_PROVINCE, [{"ap1", "ap2"}, {"ap3"}]),
    "same city days apart": (SAME_CITY_DAYS_APART, [{"sc1", "sc2"}, {"sc3"}]),
    "one day two countries": (ONE_DAY_TWO_COUNTRIES, [{"oc1", "oc2"}, {"oc3"}]),
    "last week follow-up": (LAST_WEEK_FOLLOWUP, [{"lw1", "lw2"}, {"lw3"}]),
    "sunday night shooting": (SUNDAY_NIGHT_SHOOTING, [{"sn1", "sn2"}, {"sn3"}]),
    "quake aftershock": (QUAKE_AFTERSHOCK, [{"qa1", "qa2"}, {"qa3"}]),
    "near the border": (STORMS_BORDER, [{"sb1", "sb2"}, {"sb3"}]),
    "bagram parwan": (BAGRAM_PARWAN, [{"bp1", "bp2"}, {"bp3"}]),
    "urfa diacritics": (URFA_DIACRITICS, [{"ur1", "ur2"}, {"ur3"}]),
    "hospital in the capital": (HOSPITAL_CAPITAL, [{"hc1", "hc2"}, {"hc3"}]),
    "blue nile lower case": (BLUE_NILE_LOWER, [{"bn1", "bn2"}, {"bn3"}]),
    "border province": (BORDER_PROVINCE, [{"bo1", "bo2"}, {"bo3"}]),
    "headline only": (HEADLINE_ONLY, [{"ho1", "ho2"}, {"ho3"}]),
    "denial of a base attack": (DENIAL_BASE, [{"db1", "db2"}, {"db3"}]),
}

#: Stories the linker still gets wrong (strict: a fix must remove its name here).
STILL_WRONG: frozenset[str] = frozenset({"blue nile lower case"})

test_each_story_alone_links_its_incidents, test_all_stories_as_one_corpus = story_tests(
    STORIES,
    still_wrong=STILL_WRONG,
    reason=(
        "blue nile lower case: 'Blue Nile state' is now the state (round 16), but a town "
        "in it agrees with it in part (place 0.6) and bn2's 'armed men raided' names no "
        "kind: 0.616 against the 0.62 threshold alone (in the corpus the rarer words join them)"
    ),
)


class TestTheArabicArticleFolds:
    """The article is one place key's business, hyphenated, spaced or fused before "Din"."""

    @pytest.mark.parametrize(
        "names",
        [
            ("Salahuddin", "Salah ad-Din", "Salah al-Din", "Salah ud Din"),
            ("Nizamuddin", "Nizam ud-Din", "Nizam al-Din"),
            ("Alauddin", "Ala ad-Din", "Ala al-Din"),
            ("Deir ez-Zor", "Deir al-Zor", "Deir el Zor"),
            ("Es Salt", "As-Salt", "al-Salt"),
            ("Ed Damer", "Ad-Damer", "El Damer"),
        ],
    )
    def test_spellings_of_one_name_share_a_key(self, names: tuple[str, ...]) -> None:
        assert len({place_key(n) for n in names}) == 1

    @pytest.mark.parametrize(
        ("name", "key"),
        [
            ("Saddam", "sadam"),
            ("Paddington", "padington"),
            ("Middleton", "midleton"),
            ("Goddard", "godard"),
            ("Maddie", "madie"),
            ("Eddyville", "edyvile"),
        ],
    )
    def test_a_doubled_d_in_another_name_is_no_article(self, name: str, key: str) -> None:
        assert place_key(name) == key

    @pytest.mark.parametrize(
        "names",
        [
            ("Deir ez-Zor", "Deir el-Zour", "Dayr az Zawr"),
            ("Salahuddin", "Salah ad-Din"),
            ("Ar Ramadi", "Ramadi"),
        ],
    )
    def test_spellings_of_one_place_resolve_alike(self, names: tuple[str, ...]) -> None:
        gazetteer = default_gazetteer()
        found = {gazetteer.resolve(n, region=True) for n in names}

        assert len(found) == 1
        assert None not in found

    def test_a_hostile_run_of_doubled_letters_keys_in_linear_time(self) -> None:
        assert_linear_time(place_key, lambda n: "Sal" + "udd" * (n // 3) + "a", ms_per_kb=5)
        assert place_key("Sal" + "udd" * 4_000 + "a").startswith("sal d")


class TestLandscapeNamedRegions:
    """A region named by landscape words or a short name is a place when the text says region."""

    @pytest.mark.parametrize(
        ("label", "country"),
        [
            ("River Nile State", "SD"),
            ("Blue Nile state", "SD"),
            ("White Nile State", "SD"),
            ("Lakes State", "SS"),
            ("Van province", "TR"),
            ("Ibb governorate", "YE"),
        ],
    )
    def test_the_region_noun_makes_it_the_region(self, label: str, country: str) -> None:
        key = region_phrase(label)
        region = default_gazetteer().resolve(key or "", region=True)

        assert region is not None
        assert (region.level, region.country) == ("admin1", country)

    @pytest.mark.parametrize("label", ["Eastern Province", "Far North region", "Capital Region"])
    def test_a_region_named_only_by_compass_words_stays_vague(self, label: str) -> None:
        assert region_phrase(label) is None

    @pytest.mark.parametrize("name", ["River Nile", "Blue Nile", "Lakes"])
    def test_the_bare_landscape_words_are_no_region(self, name: str) -> None:
        found = default_gazetteer().resolve(name)

        assert found is None or found.level != "admin1"

    def test_a_short_name_bare_is_still_the_city(self) -> None:
        found = default_gazetteer().resolve("Van")

        assert found is not None
        assert (found.level, found.country) == ("city", "TR")

    def test_a_town_lies_in_its_landscape_named_state(self) -> None:
        profile = _profile(
            D(
                "x",
                "Floods swept homes in River Nile State on Monday, killing ten people.",
                title="Floods kill ten in Sudan",
                published="2027-08-02",
            )
        )
        atbara = default_gazetteer().resolve("Atbara")

        assert profile.geo
        assert profile.geo[0] is not None
        assert atbara is not None
        assert atbara.within(profile.geo[0])


def _profile(doc: cr.Document) -> EventProfile:
    (profile,), _ = profile_documents([doc], [])
    return profile


class TestProvincesByTheirEnglishSpellings:
    """A province of Yemen or Afghanistan is found by the spellings English news gives it."""

    @pytest.mark.parametrize(
        ("names", "country"),
        [
            (("Hadramout", "Hadramawt", "Hadhramaut", "Muhafazat Hadramaout"), "YE"),
            (("Shabwa", "Shabwah"), "YE"),
            (("Mahra", "Al Mahrah"), "YE"),
            (("Wardak", "Maidan Wardak", "Wardag"), "AF"),
            (("Ghor", "Ghowr"), "AF"),
            (("Uruzgan", "Oruzgan", "Urozgan"), "AF"),
            (("Jawzjan", "Jowzjan"), "AF"),
        ],
    )
    def test_each_spelling_is_the_province(self, names: tuple[str, ...], country: str) -> None:
        gazetteer = default_gazetteer()
        found = {gazetteer.resolve(n, region=True) for n in names}

        assert len(found) == 1
        (region,) = found
        assert region is not None
        assert (region.level, region.country) == ("admin1", country)

    def test_a_city_bearing_the_name_stays_the_city_bare(self) -> None:
        found = default_gazetteer().resolve("Kandahar")

        assert found is not None
        assert found.level == "city"
