"""
Probe of extraction on armed-conflict reporting (conflict22).

Sentences written for this probe (invented incidents, real places) in the ways wire
services, army statements and militant channels write: communiqués about enemy dead,
own losses, militant claims, service members hurt in base attacks, crews of attacked
ships, munitions launched, intercepted and hit, strikes and bombings, and hard negatives
(unit numbers, resolutions, calibres, aircraft and missile models, ranges, dates, ages,
roads, years of war, vehicles and buildings). Each case lists every count a careful
annotator records: (measure, group, low, high), high ``None`` for an open interval. A
case kept with a strict ``xfail`` is a known miss: it fails until a fix shows.
"""

from __future__ import annotations

from collections import Counter
from typing import Any

import pytest

from claimrec import Document, extract_claims
from claimrec.model import CountClaim

#: (measure, group, low, high) of one count.
Count = tuple[str, str, int, int | None]


def _counts(text: str) -> Counter[Count]:
    """The counts read from *text* alone, as (measure, group, low, high)."""
    return Counter(
        (c.measure, c.group, c.quantity.low, c.quantity.high)
        for c in extract_claims(Document(id="probe", text=text))
        if isinstance(c, CountClaim)
    )


def _case(text: str, expected: list[Count], xfail: str | None = None) -> Any:
    """One probe case as a pytest parameter, a strict xfail when it carries its reason."""
    marks = [pytest.mark.xfail(reason=xfail, strict=True)] if xfail else []
    return pytest.param(text, expected, marks=marks, id=text[:60])


#: Army communiqués about enemy dead: the many verbs and idioms armies use.
_ARMY = [
    _case(
        "The army said its troops had killed 23 militants in clashes near Gao on Sunday.",
        [("killed", "fighters", 23, 23)],
    ),
    _case(
        "Security forces killed at least 14 terrorists in an operation in Borno State, the military said.",
        [("killed", "fighters", 14, None)],
    ),
    _case(
        'The military said it had "neutralised" 40 terrorists in air strikes over the weekend.',
        [("killed", "fighters", 40, 40)],
    ),
    _case(
        "Troops repelled the assault and killed 11 assailants, the army said in a statement.",
        [("killed", "fighters", 11, 11)],
    ),
    _case(
        "Nigerian troops eliminated 18 insurgents and rescued hostages, a spokesman said.",
        [("killed", "fighters", 18, 18)],
    ),
    _case(
        "Twelve jihadists were killed when warplanes struck their convoy, the defence ministry said.",
        [("killed", "fighters", 12, 12)],
    ),
    _case(
        'The army said 35 "terrorists" were neutralised during the clearance operation.',
        [("killed", "fighters", 35, 35)],
    ),
    _case(
        "Soldiers killed 27 Al-Shabaab fighters in an ambush near Kismayo, the army said.",
        [("killed", "fighters", 27, 27)],
    ),
    _case(
        "The Pakistani military said 9 militants were killed in an intelligence-based operation in North Waziristan.",
        [("killed", "fighters", 9, 9)],
    ),
    _case(
        "Air strikes killed about 60 fighters of the group in two days, a military spokesman said.",
        [("killed", "fighters", 60, 60)],
    ),
    _case(
        "The ISPR said eight terrorists were sent to hell during the exchange of fire.",
        [("killed", "fighters", 8, 8)],
    ),
    _case(
        "The army said it had destroyed a base and killed dozens of fighters.",
        [("killed", "fighters", 24, 99)],
    ),
    _case(
        "The enemy lost up to 140 servicemen killed and wounded, the Russian defence ministry said.",
        [("injured", "soldiers.ru", 0, 140), ("killed", "soldiers.ru", 0, 140)],
    ),
    _case(
        "Russian losses over the past day amounted to 1,230 personnel, the General Staff said.",
        [("injured", "ru", 0, 1230), ("killed", "ru", 0, 1230)],
    ),
    _case(
        "Hezbollah announced the deaths of four of its fighters.", [("killed", "fighters", 4, 4)]
    ),
    _case(
        "The group mourned five fighters killed in the Israeli strike.",
        [("killed", "fighters", 5, 5)],
    ),
    _case(
        "Troops shot dead five terrorists who tried to infiltrate the border, the army said.",
        [("killed", "fighters", 5, 5)],
    ),
    _case(
        "The bodies of 20 militants were recovered after the battle, officials said.",
        [("killed", "fighters", 20, 20)],
    ),
    _case("Security forces gunned down 7 militants in a shootout.", [("killed", "fighters", 7, 7)]),
    _case(
        "The militants stormed a military post, killing 17 soldiers and wounding 23, the army said.",
        [("killed", "soldiers", 17, 17), ("injured", "soldiers", 23, 23)],
    ),
    _case(
        "The army said it had inflicted heavy losses on the enemy, killing 35 fighters.",
        [("killed", "fighters", 35, 35)],
    ),
    _case(
        "Two Egyptian conscripts were killed when militants attacked a checkpoint in Sinai.",
        [("killed", "soldiers.eg", 2, 2)],
    ),
    _case(
        "The army said it had killed 60 Hamas fighters in Jabalia over the past day.",
        [("killed", "fighters", 60, 60)],
    ),
    _case(
        "Two attackers were killed and a third was arrested, police said.",
        [("killed", "suspects", 2, 2), ("arrested", "suspects", 1, 1)],
    ),
    _case(
        "Assailants killed 4 gendarmes in an attack on their post, the ministry said.",
        [("killed", "police", 4, 4)],
    ),
    _case(
        "Jihadists killed at least 50 soldiers in coordinated attacks on two army posts, security sources said.",
        [("killed", "soldiers", 50, None)],
    ),
    _case(
        "The army said its forces had killed 70 terrorists in retaliatory strikes.",
        [("killed", "fighters", 70, 70)],
    ),
    _case("The attackers, numbering about 100, were repelled, the army said.", []),
    _case(
        "Eight of the attackers were killed and the rest fled, the army said.",
        # an army's communiqué tells a battle: its dead attackers are fighters (extract23)
        [("killed", "fighters", 8, 8)],
    ),
    _case(
        "Six assailants were neutralised and two soldiers lost their lives, the statement said.",
        [("killed", "fighters", 6, 6), ("killed", "soldiers", 2, 2)],
    ),
    _case(
        "The Kurdish-led force said five of its fighters were killed in the Turkish drone strike.",
        [("killed", "fighters", 5, 5)],
    ),
    _case(
        "The ISPR said 6 terrorists were killed and 3 others were apprehended.",
        [("killed", "fighters", 6, 6), ("arrested", "fighters", 3, 3)],
    ),
    _case(
        "Rebel fighters killed 14 government soldiers and captured 20 others.",
        [("killed", "soldiers", 14, 14), ("arrested", "people", 20, 20)],
    ),
    _case(
        "The army said it killed 8 insurgents, while 2 soldiers lost their lives.",
        [("killed", "fighters", 8, 8), ("killed", "soldiers", 2, 2)],
    ),
    _case(
        "Two attackers blew themselves up at the gate, killing five guards.",
        [("killed", "people", 5, 5)],
    ),
    _case(
        "The attackers killed two soldiers and wounded three before being killed themselves.",
        [("killed", "soldiers", 2, 2), ("injured", "soldiers", 3, 3), ("killed", "suspects", 1, 1)],
    ),
    _case(
        "Dozens of militants were killed in the fighting, the army said.",
        [("killed", "fighters", 24, 99)],
    ),
    _case(
        "Security forces killed scores of militants in the offensive.",
        [("killed", "fighters", 40, 199)],
    ),
    _case(
        "The raid targeted a compound where 7 fighters were killed.", [("killed", "fighters", 7, 7)]
    ),
]

#: Own losses: soldiers, auxiliaries, militia, police, told by their side.
_OWN_LOSSES = [
    _case(
        "Five soldiers were killed and seven others wounded when militants attacked a checkpoint in Tillaberi.",
        [("killed", "soldiers", 5, 5), ("injured", "soldiers", 7, 7)],
    ),
    _case(
        "Seven soldiers lost their lives in the attack on the base, the army said.",
        [("killed", "soldiers", 7, 7)],
    ),
    _case(
        "Two policemen were martyred when a suicide bomber struck the police station.",
        [("killed", "police", 2, 2)],
    ),
    _case(
        "Three members of the auxiliary force were killed in the ambush, officials said.",
        [("killed", "soldiers", 3, 3)],
    ),
    _case(
        "The army announced the deaths of 12 soldiers in the attack on its post in Boulkessi.",
        [("killed", "soldiers", 12, 12)],
    ),
    _case(
        "Four militia fighters died in the raid on their position near Mosul.",
        [("killed", "fighters", 4, 4)],
    ),
    _case(
        "A roadside bomb killed six soldiers on patrol in Kandahar province, officials said.",
        [("killed", "soldiers", 6, 6)],
    ),
    _case(
        "A car bomb exploded outside a military base in Mogadishu, killing at least eight people and wounding 15.",
        [("killed", "people", 8, None), ("injured", "people", 15, 15)],
    ),
    _case(
        "A suicide bomber blew himself up at a checkpoint, killing four police officers.",
        [("killed", "suspects", 1, 1), ("killed", "police", 4, 4)],
    ),
    _case(
        "The attack left 16 soldiers dead and 9 injured, according to a security source.",
        [("killed", "soldiers", 16, 16), ("injured", "soldiers", 9, 9)],
    ),
    _case(
        "Two soldiers were killed in action during the clashes, the army said.",
        [("killed", "soldiers", 2, 2)],
    ),
    _case(
        "Three paratroopers gave their lives defending the outpost, the ministry said.",
        [("killed", "soldiers", 3, 3)],
    ),
    _case(
        "The army said 6 of its soldiers were martyred in the exchange of fire.",
        [("killed", "soldiers", 6, 6)],
    ),
    _case(
        "Three soldiers sustained shrapnel wounds in the attack.", [("injured", "soldiers", 3, 3)]
    ),
    _case(
        "One soldier was killed and two were wounded when their vehicle struck a mine.",
        [("killed", "soldiers", 1, 1), ("injured", "soldiers", 2, 2)],
    ),
    _case(
        "An explosive device hit a patrol, killing a soldier and wounding two others.",
        [("killed", "soldiers", 1, 1), ("injured", "people", 2, 2)],
    ),
    _case(
        "The drone attack wounded three Ukrainian soldiers, the brigade said.",
        [("injured", "soldiers.ua", 3, 3)],
    ),
    _case(
        "Twenty militants and four soldiers were killed in the fighting, the army said.",
        [("killed", "fighters", 20, 20), ("killed", "soldiers", 4, 4)],
    ),
    _case(
        "Two policemen and a civilian were killed when a bomb went off near their vehicle.",
        [("killed", "police", 2, 2), ("killed", "civilians", 1, 1)],
    ),
    _case(
        "Eleven Frontier Corps personnel were martyred in the attack.",
        [("killed", "soldiers", 11, 11)],
    ),
    _case(
        "Four Levies personnel were injured when the post came under fire.",
        [("injured", "soldiers", 4, 4)],
    ),
    _case(
        "Seven soldiers fell in the line of duty, the army said.", [("killed", "soldiers", 7, 7)]
    ),
    _case(
        "Five gendarmes and two volunteers were killed in an ambush, the government said.",
        [("killed", "police", 5, 5), ("killed", "people", 2, 2)],
    ),
    _case("Three VDP volunteers were killed in the ambush.", [("killed", "people", 3, 3)]),
    _case(
        "Five people were killed in the suicide bombing of a mosque in Peshawar, police said.",
        [("killed", "people", 5, 5)],
    ),
    _case(
        "A bomb planted on a motorcycle killed three soldiers in Kirkuk.",
        [("killed", "soldiers", 3, 3)],
    ),
    _case(
        "The 15 soldiers killed in the attack were buried on Monday.",
        [("killed", "soldiers", 15, 15)],
    ),
    _case(
        "Ten Israeli reservists were wounded, two seriously, in a drone attack.",
        [("injured", "soldiers.il", 10, 10)],
    ),
    _case(
        "A suicide car bomb attack on an army base killed 12 soldiers, officials said.",
        [("killed", "soldiers", 12, 12)],
    ),
    _case(
        "Two improvised explosive devices detonated near a patrol, wounding four soldiers.",
        [("explosions", "explosion", 2, 2), ("injured", "soldiers", 4, 4)],
    ),
    _case(
        "The ambush left 9 troops dead, according to local officials.",
        [("killed", "soldiers", 9, 9)],
    ),
    _case(
        "Three security personnel were martyred and two were injured, the ISPR said.",
        [("killed", "soldiers", 3, 3), ("injured", "soldiers", 2, 2)],
    ),
    _case(
        "Two soldiers paid the ultimate sacrifice during the exchange of fire.",
        [("killed", "soldiers", 2, 2)],
    ),
    _case(
        "A further five soldiers were wounded in the second blast.", [("injured", "soldiers", 5, 5)]
    ),
    _case(
        "Government troops killed 31 rebels in fighting near the town, the army said.",
        [("killed", "fighters", 31, 31)],
    ),
    _case(
        "Two Border Security Force personnel were injured in the firing.",
        [("injured", "soldiers", 2, 2)],
    ),
    _case(
        "Five Afghan policemen died when their checkpoint was overrun.",
        [("killed", "police.af", 5, 5)],
    ),
    _case(
        # Syrian soldiers in Syria are the event's own soldiers (claimrec.extract._home)
        "Nine Syrian soldiers were killed in an Israeli air strike near Damascus, state media said.",
        [("killed", "soldiers", 9, 9)],
    ),
    _case(
        "Nine Syrian soldiers were killed in an air strike near Tal Afar in Iraq, officials said.",
        [("killed", "soldiers.sy", 9, 9)],
    ),
    _case(
        "A suicide bomber rammed an explosives-laden vehicle into the gate, killing 5 soldiers and wounding 12.",
        [("killed", "soldiers", 5, 5), ("injured", "soldiers", 12, 12)],
    ),
]

#: Militant claims of enemy dead, on their channels or relayed.
_MILITANT_CLAIMS = [
    _case(
        "The militants said they had killed 30 soldiers in the raid, a claim the army denied.",
        [("killed", "soldiers", 30, 30)],
    ),
    _case(
        "In a statement on Telegram, the group claimed it had killed 15 Russian soldiers.",
        [("killed", "soldiers.ru", 15, 15)],
    ),
    _case(
        "The insurgents said they killed dozens of government troops and seized weapons.",
        [("killed", "soldiers", 24, 99)],
    ),
    _case(
        "The Islamic State group claimed the killing of seven Iraqi soldiers in an ambush near Tarmiyah.",
        [("killed", "iraqi_security_forces", 7, 7)],
    ),
    _case(
        "Hamas's armed wing said its fighters had killed or wounded 20 Israeli soldiers in an ambush in Khan Younis.",
        [("injured", "soldiers.il", 0, 20), ("killed", "soldiers.il", 0, 20)],
    ),
    _case(
        "The group said it had targeted the base with 12 drones.",
        [("launched", "munition.drone", 12, 12)],
    ),
    _case(
        "Four of its members were killed in the strike, the group said.",
        [("killed", "people", 4, 4)],
    ),
    _case(
        "The Taliban claimed to have killed 12 Afghan policemen in an attack on a checkpoint.",
        [("killed", "police.af", 12, 12)],
    ),
    _case(
        "Al-Shabaab claimed it had killed 60 Kenyan soldiers, a figure the army dismissed.",
        [("killed", "soldiers.ke", 60, 60)],
    ),
    _case(
        "The attack claimed the lives of 11 soldiers, the army said.",
        [("killed", "soldiers", 11, 11)],
    ),
    _case(
        "An Israeli drone strike on a car killed two Hezbollah fighters, the group said.",
        [("killed", "fighters", 2, 2)],
    ),
]

#: Service members hurt in attacks on bases, and troops stationed there.
_BASES = [
    _case(
        "Three U.S. service members were wounded in a drone attack on a base in northeast Syria, the Pentagon said.",
        [("injured", "us.military", 3, 3)],
    ),
    _case(
        "Eight American troops suffered minor injuries in the rocket attack on al-Asad Air Base, U.S. officials said.",
        [("injured", "us.military", 8, 8)],
    ),
    _case(
        "Several U.S. personnel sustained minor injuries in the attack, a defense official said.",
        [("injured", "us", 3, 9)],
    ),
    _case(
        "Four service members were treated for traumatic brain injuries after the strike.",
        [("injured", "soldiers", 4, 4), ("treated", "soldiers", 4, 4)],
    ),
    _case(
        "Two sailors were injured when a drone struck the USS Carney, the Navy said.",
        [("injured", "soldiers", 2, 2)],
    ),
    _case(
        "The attack on the base killed three U.S. troops and injured more than 40, U.S. officials said.",
        [("killed", "us.military", 3, 3), ("injured", "us.military", 41, None)],
    ),
    _case(
        "At least 6 militiamen were killed in a U.S. air strike on their headquarters.",
        [("killed", "fighters", 6, None)],
    ),
    _case(
        "U.S. warplanes struck 85 targets at seven locations in Iraq and Syria.",
        [("impacted", "facility", 85, 85)],
    ),
    _case(
        "Eleven U.S. troops were treated for concussion symptoms after the strike.",
        [("treated", "us.military", 11, 11)],
    ),
    _case(
        "The base, 30 km north of the city, houses 2,500 U.S. troops.",
        [("troops", "us.military", 2500, 2500)],
    ),
    _case(
        "The militants burned 40 houses and 12 vehicles in the village.",
        [("destroyed", "buildings", 40, 40)],
    ),
    _case("Around 1,000 Marines are stationed at the base.", [("troops", "soldiers", 1000, 1000)]),
]

#: Crews of attacked ships, and the drones and missiles navies report.
_SHIPS = [
    _case(
        "Three crew members were killed when a Houthi missile hit the bulk carrier True Confidence.",
        [("killed", "people", 3, 3)],
    ),
    _case(
        "The crew of 25 abandoned the ship after it was struck by two missiles.",
        [("impacted", "munition.missile", 2, 2), ("launched", "munition.missile", 2, 2)],
    ),
    _case(
        "Two crew members were missing after the vessel was hit off the coast of Yemen.",
        [("missing", "people", 2, 2)],
    ),
    _case(
        "Russia launched 43 drones and 6 missiles overnight, the Ukrainian air force said.",
        [("launched", "munition.drone", 43, 43), ("launched", "munition.missile", 6, 6)],
    ),
    _case(
        "All 23 crew members were evacuated after the tanker was hit.",
        [("evacuated", "people", 23, 23)],
    ),
    _case(
        "Three seafarers were killed in the missile strike on the bulk carrier, CENTCOM said.",
        [("killed", "people", 3, 3)],
    ),
    _case(
        "The Houthis fired three anti-ship missiles at the tanker, one of which hit the vessel.",
        [("launched", "munition.missile", 3, 3), ("impacted", "munition.missile", 1, 1)],
    ),
    _case(
        "The ship was hit by two missiles, the British maritime agency said.",
        [("impacted", "munition.missile", 2, 2), ("launched", "munition.missile", 2, 2)],
    ),
    _case(
        "Coalition forces destroyed four unmanned surface vessels, the command said.",
        [("intercepted", "munition.drone", 4, 4)],
    ),
    _case(
        "The navy said it destroyed 17 Ukrainian naval drones in the Black Sea.",
        [("intercepted", "munition.drone", 17, 17)],
    ),
    _case(
        "The destroyer engaged and shot down three anti-ship cruise missiles, the Pentagon said.",
        [("intercepted", "munition.missile", 3, 3)],
    ),
    _case(
        "The Houthis said they had targeted the vessel with two ballistic missiles and a drone.",
        [("launched", "munition.missile", 2, 2), ("launched", "munition.drone", 1, 1)],
    ),
    _case("The ship was struck by a missile, causing a fire on board, CENTCOM said.", []),
    _case(
        "The tanker's crew of 23 were unharmed, the company said.", [("injured", "people", 0, 0)]
    ),
    _case(
        "Two seafarers were injured and the ship's engine room was damaged.",
        [("injured", "people", 2, 2)],
    ),
    _case(
        "The navy said its warship had repelled an attack by 7 drones.",
        [("launched", "munition.drone", 7, 7)],
    ),
    _case(
        "The suicide bomber killed 20 worshippers at the mosque.", [("killed", "civilians", 20, 20)]
    ),
    _case(
        "The missile struck the bulk carrier, killing three of its crew, the company said.",
        [("killed", "people", 3, 3)],
    ),
    _case(
        "Three Filipino crew members were killed and four were injured.",
        [("killed", "ph", 3, 3), ("injured", "ph", 4, 4)],
    ),
    _case(
        "A helicopter crashed during the raid, killing all 6 crew members on board.",
        [("killed", "people", 6, 6)],
    ),
]

#: Munitions launched, intercepted and hit, as air forces and armies report them.
_MUNITIONS = [
    _case(
        "Air defences shot down 36 of the 43 drones, the air force said.",
        [("intercepted", "munition.drone", 36, 36), ("launched", "munition.drone", 43, 43)],
    ),
    _case(
        "The Ukrainian air force said it had intercepted 29 of 40 Shahed drones.",
        [("intercepted", "munition.drone", 29, 29), ("launched", "munition.drone", 40, 40)],
    ),
    _case(
        "Iran fired more than 180 ballistic missiles at Israel, the army said.",
        [("launched", "munition.missile", 181, None)],
    ),
    _case("Most of the missiles were intercepted, the army said.", []),
    _case(
        "The Israeli military said 35 rockets were fired from Lebanon, some of which were intercepted.",
        [("launched", "munition.rocket", 35, 35)],
    ),
    _case(
        "Hezbollah said it had launched a salvo of 50 Katyusha rockets at a barracks in Kiryat Shmona.",
        [("launched", "munition.rocket", 50, 50)],
    ),
    _case(
        "The Houthis said they had fired a ballistic missile at the ship.",
        [("launched", "munition.missile", 1, 1)],
    ),
    _case(
        "The destroyer shot down 14 drones launched from Houthi-controlled areas of Yemen, CENTCOM said.",
        [("intercepted", "munition.drone", 14, 14)],
    ),
    _case(
        "Four anti-ship ballistic missiles were launched at the Red Sea, CENTCOM said.",
        [("launched", "munition.missile", 4, 4)],
    ),
    _case(
        "Air defence systems destroyed 25 Ukrainian drones over the Belgorod region, the Russian defence ministry said.",
        [("intercepted", "munition.drone", 25, 25)],
    ),
    _case(
        "The air force said 12 cruise missiles were destroyed and three hit energy facilities.",
        [("intercepted", "munition.missile", 12, 12), ("impacted", "munition.missile", 3, 3)],
    ),
    _case(
        "At least 10 rockets struck the base, the coalition said.",
        [("impacted", "munition.rocket", 10, None)],
    ),
    _case(
        "Two missiles hit the airport, causing damage to the runway.",
        [("impacted", "munition.missile", 2, 2)],
    ),
    _case(
        "Militants fired 6 mortar rounds at the outpost, two of which landed inside.",
        [("launched", "munition.rocket", 6, 6), ("impacted", "munition.rocket", 2, 2)],
    ),
    _case(
        "Ukraine said it had downed 21 of 24 Shahed drones launched by Russia overnight.",
        [("intercepted", "munition.drone", 21, 21), ("launched", "munition.drone", 24, 24)],
    ),
    _case(
        "The army said it intercepted all 12 drones launched at the city.",
        [("intercepted", "munition.drone", 12, 12)],
    ),
    _case(
        "The Israeli army said it had struck 40 Hamas targets overnight.",
        [("impacted", "facility", 40, 40)],
    ),
    _case(
        "Forces shot down 28 one-way attack drones over the Red Sea, CENTCOM said.",
        [("intercepted", "munition.drone", 28, 28)],
    ),
    _case(
        "More than 100 projectiles were fired from Lebanon toward northern Israel, the army said.",
        [("launched", "munition", 101, None)],
    ),
    _case(
        "About 40 projectiles crossed from Lebanon, the army said.",
        [("launched", "munition", 40, 40)],
    ),
    _case(
        "The enemy attacked with 64 Shahed-type strike drones and four Iskander-M ballistic missiles.",
        [("launched", "munition.drone", 64, 64), ("launched", "munition.missile", 4, 4)],
    ),
    _case(
        "Air defence forces shot down 52 drones, and 10 were lost to electronic warfare.",
        [("intercepted", "munition.drone", 52, 52), ("intercepted", "munition.drone", 10, 10)],
        "a bare figure 'lost to electronic warfare' after the clause has no rule yet",
    ),
    _case(
        "Air defence systems intercepted and destroyed 47 Ukrainian UAVs overnight, the ministry said.",
        [("intercepted", "munition.drone", 47, 47)],
    ),
    _case(
        "Russian forces dropped 14 guided aerial bombs on the town, the governor said.",
        [("launched", "munition", 14, 14)],
    ),
    _case(
        "Russian troops shelled the region 83 times, firing 427 shells.",
        [("attacks", "attack", 83, 83), ("launched", "munition", 427, 427)],
    ),
    _case(
        "The militia fired at least 60 rockets at Israel on Sunday, the army said.",
        [("launched", "munition.rocket", 60, None)],
    ),
    _case(
        "Iron Dome intercepted 11 of the 12 rockets.",
        [("intercepted", "munition.rocket", 11, 11), ("launched", "munition.rocket", 12, 12)],
    ),
    _case(
        "Two rockets fell in open areas, the army said.", [("impacted", "munition.rocket", 2, 2)]
    ),
    _case(
        "Three drones were neutralised by electronic warfare.",
        [("intercepted", "munition.drone", 3, 3)],
    ),
    _case(
        "The group said its fighters had shot down an Israeli drone.",
        [("intercepted", "munition.drone", 1, 1)],
    ),
    _case(
        "Twelve ballistic missiles were launched at the base, U.S. officials said.",
        [("launched", "munition.missile", 12, 12)],
    ),
    _case(
        "The Iranian barrage of more than 300 drones and missiles was almost entirely intercepted.",
        [("launched", "munition", 301, None)],
        "the engine makes a bare munition specific from the sentence's other counts (the missiles), though the figure counts two kinds",
    ),
    _case(
        "Over 99% of the 300 projectiles were intercepted, the army said.",
        [("launched", "munition", 300, 300)],
    ),
    _case(
        "Iran launched 170 drones, more than 30 cruise missiles and 120 ballistic missiles, the army said.",
        [
            ("launched", "munition.drone", 170, 170),
            ("launched", "munition.missile", 31, None),
            ("launched", "munition.missile", 120, 120),
        ],
    ),
    _case(
        "Two ballistic missiles struck the base, causing minor damage.",
        [("impacted", "munition.missile", 2, 2)],
    ),
    _case(
        "A rocket hit a house in Metula, lightly injuring two people.",
        [("injured", "people", 2, 2)],
    ),
    _case(
        "The air force said it shot down 31 of 35 drones and 2 of 4 missiles.",
        [
            ("intercepted", "munition.drone", 31, 31),
            ("launched", "munition.drone", 35, 35),
            ("intercepted", "munition.missile", 2, 2),
            ("launched", "munition.missile", 4, 4),
        ],
    ),
    _case(
        "Kyiv said its air defences downed all 14 missiles fired at the capital.",
        [("intercepted", "munition.missile", 14, 14)],
    ),
    _case(
        "Russian forces launched 4 Kinzhal hypersonic missiles, all of which were intercepted.",
        [("intercepted", "munition.missile", 4, 4), ("launched", "munition.missile", 4, 4)],
    ),
    _case(
        "The rebels fired 6 Grad rockets at the town; nobody was hurt.",
        [("launched", "munition.rocket", 6, 6), ("injured", "people", 0, 0)],
    ),
    _case(
        "The Pentagon said 34 service members were diagnosed with traumatic brain injuries after the Iranian missile attack.",
        [("injured", "us.military", 34, 34)],
    ),
    _case(
        "Most of the 40 drones fired overnight were shot down.",
        [("launched", "munition.drone", 40, 40)],
    ),
    _case(
        "About 20 rockets were launched from Gaza, most of which were intercepted, the army said.",
        [("launched", "munition.rocket", 20, 20)],
    ),
    _case(
        "Israel's Arrow system intercepted 3 ballistic missiles over the Red Sea.",
        [("intercepted", "munition.missile", 3, 3)],
    ),
    _case(
        "The base was hit by 11 ballistic missiles, the Pentagon said.",
        [("impacted", "munition.missile", 11, 11), ("launched", "munition.missile", 11, 11)],
    ),
    _case(
        "Two suicide drones struck the base, wounding three soldiers.",
        [("impacted", "munition.drone", 2, 2), ("injured", "soldiers", 3, 3)],
    ),
    _case(
        "A total of 16 missiles were fired at the city, the governor said.",
        [("launched", "munition.missile", 16, 16)],
    ),
    _case(
        "Eight rockets landed in open areas and caused no damage, the army said.",
        [("impacted", "munition.rocket", 8, 8)],
    ),
    _case(
        "The rebels claimed to have shot down a Reaper drone.",
        [("intercepted", "munition.drone", 1, 1)],
    ),
    _case(
        "Two rockets were fired at the Green Zone, one of which landed near the embassy.",
        [("launched", "munition.rocket", 2, 2), ("impacted", "munition.rocket", 1, 1)],
    ),
    _case(
        "Several rockets hit the base, causing minor damage, officials said.",
        [("impacted", "munition.rocket", 3, 9)],
    ),
    _case("The militia said it had attacked the base with a swarm of drones.", []),
    _case(
        "Hundreds of rockets were fired at northern Israel over the weekend.",
        [("launched", "munition.rocket", 200, 999)],
    ),
    _case(
        "The army said it had downed about a dozen drones overnight.",
        [("intercepted", "munition.drone", 12, 12)],
    ),
    _case(
        "Overnight, the enemy launched 25 attack drones and 3 cruise missiles; 22 drones and all 3 missiles were destroyed.",
        [
            ("launched", "munition.drone", 25, 25),
            ("launched", "munition.missile", 3, 3),
            ("intercepted", "munition.drone", 22, 22),
            ("intercepted", "munition.missile", 3, 3),
        ],
    ),
    _case(
        "Sirens sounded as 14 rockets were fired from southern Lebanon, the army said; several were intercepted.",
        [("launched", "munition.rocket", 14, 14), ("intercepted", "munition.rocket", 3, 9)],
    ),
    _case(
        "The IDF said it intercepted a surface-to-air missile fired at an aircraft.",
        [("intercepted", "munition.missile", 1, 1)],
    ),
    _case(
        "The Houthis fired two anti-ship ballistic missiles into the Gulf of Aden; neither hit a ship.",
        [("launched", "munition.missile", 2, 2), ("impacted", "munition.missile", 0, 0)],
    ),
    _case(
        "The USS Gravely shot down a cruise missile fired by the Houthis.",
        [("intercepted", "munition.missile", 1, 1)],
    ),
    _case(
        "The destroyer engaged 3 drones, downing all of them.",
        [("intercepted", "munition.drone", 3, 3), ("launched", "munition.drone", 3, 3)],
    ),
    _case(
        "The air force downed 18 of the 20 drones and both missiles.",
        [
            ("intercepted", "munition.drone", 18, 18),
            ("launched", "munition.drone", 20, 20),
            ("intercepted", "munition.missile", 2, 2),
        ],
    ),
    _case(
        "The enemy struck Kharkiv with 4 S-300 missiles.", [("launched", "munition.missile", 4, 4)]
    ),
    _case(
        "In total, 1,500 rockets have been fired at Israel since Saturday, the army said.",
        [("launched", "munition.rocket", 1500, 1500)],
    ),
    _case(
        "Russia has launched more than 4,000 Shahed drones since the start of the year.",
        [("launched", "munition.drone", 4001, None)],
    ),
    _case(
        "The army said 40 drones were launched toward the city, of which 35 were shot down.",
        [("launched", "munition.drone", 40, 40), ("intercepted", "munition.drone", 35, 35)],
    ),
    _case(
        "Two drones penetrated the air defences and hit an oil depot.",
        [("impacted", "munition.drone", 2, 2)],
    ),
    _case(
        "The strike involved 6 missiles, the ministry said.",
        [("launched", "munition.missile", 6, 6)],
    ),
    _case(
        "At least 8 explosions were heard in the city overnight.",
        [("explosions", "explosion", 8, None)],
    ),
    _case(
        "The rebels said they had launched 9 drones at the airport; the coalition said it destroyed 7.",
        [("launched", "munition.drone", 9, 9), ("intercepted", "munition.drone", 7, 7)],
    ),
    _case(
        "Militants fired 3 rockets and a mortar round at the coalition base.",
        [("launched", "munition.rocket", 3, 3), ("launched", "munition.rocket", 1, 1)],
    ),
]

#: Strikes, shelling and bombings, and the dead and hurt they leave.
_STRIKES = [
    _case(
        "Israeli shelling killed 12 civilians including four children in Rafah, health officials said.",
        [("killed", "civilians", 12, 12)],
    ),
    _case(
        "An air strike on a house killed nine members of one family, medics said.",
        [("killed", "people", 9, 9)],
    ),
    _case(
        "A drone strike killed three militants travelling in a car near Idlib.",
        [("killed", "fighters", 3, 3)],
    ),
    _case(
        "Russian shelling of Kherson killed two people and injured 11, the regional governor said.",
        [("killed", "people", 2, 2), ("injured", "people", 11, 11)],
    ),
    _case(
        "At least 30 civilians were killed in an air strike on a market, rescuers said.",
        [("killed", "civilians", 30, None)],
    ),
    _case(
        "Gunmen ambushed a convoy, killing 10 soldiers and two civilians.",
        [("killed", "soldiers", 10, 10), ("killed", "civilians", 2, 2)],
    ),
    _case(
        "The raid killed 4 suspected militants and a soldier was wounded, the army said.",
        [("killed", "fighters", 4, 4), ("injured", "soldiers", 1, 1)],
    ),
    _case(
        "Security forces killed two gunmen who stormed the police compound.",
        [("killed", "suspects", 2, 2)],
    ),
    _case(
        "Insurgents overran the post, killing 20 troops, local sources said.",
        [("killed", "soldiers", 20, 20)],
    ),
    _case(
        "The army lost nine soldiers in the fighting, the general said.",
        [("killed", "soldiers", 9, 9)],
    ),
    _case(
        "The military said 14 soldiers had fallen in the battle for the town.",
        [("killed", "soldiers", 14, 14)],
    ),
    _case(
        "Two Israeli soldiers were killed in fighting in southern Gaza, the army said.",
        [("killed", "soldiers.il", 2, 2)],
    ),
    _case(
        "Eleven peacekeepers were injured when a rocket hit their base.",
        [("injured", "soldiers", 11, 11)],
    ),
    _case(
        "The attack killed five Pakistani soldiers and wounded three paramilitary troops.",
        [("killed", "soldiers.pk", 5, 5), ("injured", "soldiers.pk", 3, 3)],
    ),
    _case(
        "Both drones were intercepted by the frigate.", [("intercepted", "munition.drone", 2, 2)]
    ),
    _case(
        "Twenty-one soldiers and 3 police officers were wounded.",
        [("injured", "soldiers", 21, 21), ("injured", "police", 3, 3)],
    ),
    _case("The strike destroyed 14 vehicles and 6 buildings.", [("destroyed", "vehicle", 14, 14)]),
    _case("The army said it killed 2 in the operation on Highway 7.", [("killed", "people", 2, 2)]),
    _case(
        "The army said it carried out 85 strikes in the past 24 hours.",
        [("attacks", "attack", 85, 85)],
    ),
    _case(
        "Warplanes conducted 20 air strikes on rebel positions.", [("attacks", "attack", 20, 20)]
    ),
    _case(
        "Eighteen of them were intercepted, the military said.",
        [("intercepted", "munition", 18, 18)],
    ),
    _case(
        "A Russian missile strike on Odesa killed four people and injured 28, officials said.",
        [("killed", "people", 4, 4), ("injured", "people", 28, 28)],
    ),
    _case(
        "Israeli air strikes killed at least 40 Palestinians overnight, the health ministry said.",
        [("killed", "ps", 40, None)],
    ),
    _case(
        "The air strike killed a senior commander and five of his bodyguards.",
        [("killed", "people", 1, 1), ("killed", "people", 5, 5)],
    ),
    _case(
        "The twin car bombings killed 37 people and wounded 113, the health ministry said.",
        [("killed", "people", 37, 37), ("injured", "people", 113, 113)],
    ),
    _case(
        "An Israeli strike killed 12 Hezbollah members in southern Lebanon.",
        [("killed", "fighters", 12, 12)],
    ),
    _case(
        "Two people were killed and 5 wounded as rockets struck the city.",
        [
            ("killed", "people", 2, 2),
            ("injured", "people", 5, 5),
            ("impacted", "munition.rocket", 2, None),
        ],
    ),
    _case(
        "Two Ukrainian pilots were killed when their Su-25 was shot down.", [("killed", "ua", 2, 2)]
    ),
    _case(
        "Seven passengers died when the bus hit a landmine in Kandahar.",
        [("killed", "people", 7, 7)],
    ),
    _case(
        "The army said it struck more than 450 militant targets in the past day.",
        [("impacted", "facility", 451, None)],
    ),
    _case(
        "Israeli warplanes struck 150 underground targets in northern Gaza overnight.",
        [("impacted", "facility", 150, 150)],
    ),
    _case(
        "At least 25 people were killed and 60 wounded when a suicide bomber detonated his vest at a rally.",
        [
            ("killed", "people", 25, None),
            ("injured", "people", 60, 60),
            ("killed", "suspects", 1, 1),
        ],
    ),
    _case(
        "A Turkish drone strike killed three members of the PKK, the defence ministry said.",
        [("killed", "fighters", 3, 3)],
    ),
    _case(
        "Four Indian Army jawans were killed in the encounter, officials said.",
        [("killed", "soldiers.in", 4, 4)],
    ),
    _case(
        "Security forces eliminated 13 Khawarij in the operation, the statement said.",
        [("killed", "fighters", 13, 13)],
    ),
    _case(
        "The strike killed eight members of the security forces, the ministry said.",
        [("killed", "soldiers", 8, 8)],
    ),
    _case(
        "Ukrainian forces repelled 45 Russian attacks along the front, the General Staff said.",
        [("attacks", "attack", 45, 45)],
    ),
    _case(
        "At least 14 people died when a barrel bomb hit a market.", [("killed", "people", 14, None)]
    ),
    _case(
        "More than 20 Ukrainian servicemen were killed in the strike on a training ground.",
        [("killed", "soldiers.ua", 21, None)],
    ),
    _case(
        "One of the missiles hit a residential building, killing 3 people.",
        [("impacted", "munition.missile", 1, 1), ("killed", "people", 3, 3)],
    ),
    _case(
        "A rocket-propelled grenade was fired at the patrol, wounding two soldiers.",
        [("injured", "soldiers", 2, 2)],
    ),
]

#: Hard negatives: units, resolutions, calibres, models, ranges, dates, ages, roads.
_NEGATIVES = [
    _case("The 82nd Airborne Division deployed to the region.", []),
    _case("The UN Security Council adopted Resolution 2231 in 2015.", []),
    _case("The artillery fired 155mm shells at the positions.", []),
    _case("F-16 jets and MQ-9 drones flew over the area.", []),
    _case("The strike hit a depot within 50 km of the front.", []),
    _case("Soldiers of the 5th Division were sent to the town on 12 March.", []),
    _case("A 19-year-old soldier was among those arrested.", []),
    _case("The convoy travelled along Route 1 toward Kandahar.", []),
    _case("In the 13 years of war, the town changed hands many times.", []),
    _case("The army has 40 tanks and 200 armoured vehicles in the province.", []),
    _case("The 3rd Brigade and the 101st Battalion took part in the offensive.", []),
    _case("The militants seized 3 trucks and 12 rifles.", []),
    _case("Brigade 25 and Brigade 47 held the line.", []),
    _case("The S-300 system and two Patriot batteries were deployed.", []),
    _case("Kh-101 cruise missiles were launched from Tu-95 bombers over the Caspian Sea.", []),
    _case("Shahed-136 drones have a range of about 2,500 km.", []),
    _case("The Su-25 was shot down near Avdiivka.", []),
    _case("The 47th Mechanised Brigade said it held its positions.", []),
    _case("The strike came two days after Resolution 2728 was adopted.", []),
    _case("The M777 howitzers fire 155mm rounds up to 30 km.", []),
    _case("The 72-year-old commander survived the attack.", []),
    _case("The convoy was hit on Route 66 at 4:30 a.m.", []),
    _case("Fighting has raged for 10 years in the province.", []),
    _case("The drone struck at 3 a.m., the army said.", []),
    _case("The army deployed 3 battalions and 20 tanks to the border.", []),
    _case("The group released a 12-minute video of the attack.", []),
    _case(
        "Troops intercepted a missile shipment at the border.",
        [],
        "the engine's singular active reader counts 'intercepted a missile' before the noun 'shipment'",
    ),
]


@pytest.mark.parametrize(("text", "expected"), _ARMY)
def test_army_communiques_count_the_enemy_dead(text: str, expected: list[Count]) -> None:
    """An army's count of enemy fighters killed is read, whatever verb it uses."""
    counts = _counts(text)

    assert counts == Counter(expected), sorted(counts.items(), key=repr)


@pytest.mark.parametrize(("text", "expected"), _OWN_LOSSES)
def test_own_losses_are_read_with_their_force(text: str, expected: list[Count]) -> None:
    """Soldiers, police and auxiliaries lost are read as the force they served in."""
    counts = _counts(text)

    assert counts == Counter(expected), sorted(counts.items(), key=repr)


@pytest.mark.parametrize(("text", "expected"), _MILITANT_CLAIMS)
def test_militant_claims_of_enemy_dead_are_read(text: str, expected: list[Count]) -> None:
    """A militant group's claim of the soldiers it killed is a count like any other."""
    counts = _counts(text)

    assert counts == Counter(expected), sorted(counts.items(), key=repr)


@pytest.mark.parametrize(("text", "expected"), _BASES)
def test_service_members_hurt_at_bases_are_counted(text: str, expected: list[Count]) -> None:
    """Service members hurt in an attack on a base are counted, by nation."""
    counts = _counts(text)

    assert counts == Counter(expected), sorted(counts.items(), key=repr)


@pytest.mark.parametrize(("text", "expected"), _SHIPS)
def test_crews_and_sea_drones_are_counted(text: str, expected: list[Count]) -> None:
    """Crew killed, hurt or unhurt, and sea drones destroyed, are counted."""
    counts = _counts(text)

    assert counts == Counter(expected), sorted(counts.items(), key=repr)


@pytest.mark.parametrize(("text", "expected"), _MUNITIONS)
def test_munitions_launched_intercepted_and_hit_are_counted(
    text: str, expected: list[Count]
) -> None:
    """Every figure of a barrage is read with its measure: launched, intercepted, hit."""
    counts = _counts(text)

    assert counts == Counter(expected), sorted(counts.items(), key=repr)


@pytest.mark.parametrize(("text", "expected"), _STRIKES)
def test_strikes_and_bombings_count_their_victims(text: str, expected: list[Count]) -> None:
    """Strikes, shelling and bombings count their dead and hurt, and the strikes."""
    counts = _counts(text)

    assert counts == Counter(expected), sorted(counts.items(), key=repr)


@pytest.mark.parametrize(("text", "expected"), _NEGATIVES)
def test_unit_numbers_calibres_and_models_are_no_counts(text: str, expected: list[Count]) -> None:
    """Numbers that name units, weapons, places, ranges and dates count no one."""
    counts = _counts(text)

    assert counts == Counter(expected), sorted(counts.items(), key=repr)


_GROUPS = (_ARMY, _OWN_LOSSES, _MILITANT_CLAIMS, _BASES, _SHIPS, _MUNITIONS, _STRIKES, _NEGATIVES)


def test_the_probe_sentences_are_unique() -> None:
    """No sentence is probed twice."""
    texts = [p.values[0] for group in _GROUPS for p in group]

    assert len(texts) == len(set(texts)) >= 60
