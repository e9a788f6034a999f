"""The word bank the strategies draw from: places, sponsors and months, the topics a
paragraph can be about, the lead phrases of each construction (operative and preambular),
the fixed paragraphs (Article 39, Chapter VII, the report request, the closing one) and the
sanctions measures with their modes. Data only: :mod:`.paragraphs` builds paragraphs of it.
"""

from __future__ import annotations

from dataclasses import dataclass

#: The Chapter VII formula the strategies put in, as the last preambular paragraph.
CHAPTER_VII_FORMULA = "Acting under Chapter VII of the Charter of the United Nations,"
#: The closing operative paragraph.
REMAIN_SEIZED = "Decides to remain seized of the matter."

_MONTHS = (
    "January", "February", "March", "April", "May", "June", "July", "August", "September",
    "October", "November", "December",
)  # fmt: skip

_PLACES = (
    "Mali",
    "South Sudan",
    "Somalia",
    "Libya",
    "Haiti",
    "Yemen",
    "the Central African Republic",
    "the Democratic Republic of the Congo",
    "the Sudan",
    "Afghanistan",
)

_SPONSORS = (
    "Albania", "Brazil", "Ecuador", "France", "Gabon", "Ghana", "Japan", "Malta",
    "Mozambique", "Norway", "Switzerland", "United Arab Emirates", "Ireland", "Mexico",
    "Kenya", "India", "China", "Russian Federation", "United States of America",
    "United Kingdom of Great Britain and Northern Ireland", "Trinidad and Tobago",
    "Saint Vincent and the Grenadines", "Republic of Korea", "Sierra Leone", "Guyana",
)  # fmt: skip


@dataclass(frozen=True)
class _Topic:
    """One subject a paragraph can be about, in the shapes the frames need.

    ``action`` follows "to" ("Calls upon X to ..."), ``statement`` follows "that" in a
    recital, ``event`` is what censure or concern is about, ``noun`` what is welcomed or
    supported. ``{place}`` and ``{date}`` are filled in per draft.
    """

    action: str
    statement: str
    event: str | None = None
    noun: str | None = None


_TOPICS: tuple[_Topic, ...] = (
    _Topic(
        "observe the ceasefire agreed on {date} along the line of contact, and to refrain "
        "from any military activity that could endanger civilians",
        "the ceasefire agreed on {date} has been violated repeatedly along the line of "
        "contact, and that civilians have paid the highest price for these violations",
        "the repeated violations of the ceasefire along the line of contact",
        "the ceasefire agreed on {date}",
    ),
    _Topic(
        "allow safe, rapid and unimpeded humanitarian access to all people in need "
        "throughout {place}",
        "humanitarian convoys are being obstructed and looted on the roads of {place}",
        "the obstruction and looting of humanitarian convoys",
        "the opening of new humanitarian corridors",
    ),
    _Topic(
        "release all arbitrarily detained persons without delay, and to account for the "
        "missing and inform their families of their fate",
        "thousands of persons remain arbitrarily detained or missing",
        "the arbitrary detention of thousands of civilians",
    ),
    _Topic(
        "hold free, fair and peaceful elections within the agreed timetable, and to ensure "
        "that all candidates can campaign freely and safely",
        "the electoral calendar has slipped twice since the signing of the agreement, and "
        "that voter registration has not yet begun in several provinces",
        None,
        "the adoption of a consensual electoral calendar",
    ),
    _Topic(
        "resume the political dialogue under the auspices of the regional mediators",
        "only an inclusive political dialogue can bring lasting peace to {place}",
        None,
        "the mediation efforts of the African Union and the regional economic communities",
    ),
    _Topic(
        "clear landmines and explosive remnants of war from farmland and schools",
        "landmines and explosive remnants of war still kill and maim children every week",
        "the laying of new landmines near villages and schools",
    ),
    _Topic(
        "end and prevent the recruitment and use of children by armed groups",
        "armed groups continue to recruit and use children as fighters and porters",
        "the recruitment and use of children by armed groups",
        "the release of children from the ranks of armed groups",
    ),
    _Topic(
        "create the conditions for the voluntary, safe and dignified return of refugees "
        "and internally displaced persons",
        "more than two million people have been displaced by the fighting",
        "the forced displacement of civilians from their homes",
        "the support given by neighbouring countries to refugees",
    ),
    _Topic(
        "hold accountable the perpetrators of sexual and gender-based violence",
        "sexual and gender-based violence is used as a tactic of war",
        "the widespread sexual and gender-based violence against women and girls",
    ),
    _Topic(
        "guarantee the safety, security and freedom of movement of United Nations personnel",
        "peacekeepers have been attacked and their movements restricted",
        "the attacks against peacekeepers and their camps",
        "the courage of the peacekeepers serving in difficult conditions",
    ),
    _Topic(
        "complete the disarmament, demobilization and reintegration of former combatants, "
        "and to offer them vocational training and employment",
        "thousands of former combatants are awaiting demobilization in cantonment sites",
        None,
        "the progress made in the cantonment of former combatants",
    ),
    _Topic(
        "protect journalists, media workers and human rights defenders from reprisals",
        "journalists and human rights defenders face threats, harassment and reprisals",
        "the killing of journalists and human rights defenders",
    ),
    _Topic(
        "stop the illicit exploitation of mineral resources by armed groups",
        "armed groups finance themselves through the illicit exploitation of mineral resources",
        "the illicit exploitation of mineral resources by armed groups",
        "the certification scheme for mineral resources",
    ),
    _Topic(
        "establish a credible and victim-centred transitional justice process",
        "impunity for past crimes feeds new cycles of violence",
        None,
        "the consultations held on transitional justice",
    ),
    _Topic(
        "advance the reform of the security sector, including the police and the judiciary",
        "the police and the judiciary lack the means to protect the population",
        None,
        "the national strategy for the reform of the security sector",
    ),
    _Topic(
        "strengthen the national response to the cholera outbreak",
        "the cholera outbreak has spread to seven provinces",
        "the spread of the cholera outbreak",
        "the vaccination campaign against cholera",
    ),
    _Topic(
        "counter hate speech and incitement to violence, including online",
        "hate speech and incitement to violence against communities are on the rise",
        "the incitement to violence against ethnic communities",
    ),
    _Topic(
        "ensure the full, equal and meaningful participation of women in the peace process",
        "women remain underrepresented at the negotiating table",
        None,
        "the appointment of women to the negotiating delegations",
    ),
    _Topic(
        "cooperate fully with the ceasefire monitoring mechanism",
        "the monitoring mechanism has been denied access to several sites",
        "the denial of access to the monitoring mechanism",
        "the deployment of the monitoring mechanism",
    ),
    _Topic(
        "combat corruption and improve the management of public finances",
        "corruption and opaque public finances undermine confidence in the institutions",
        None,
        "the audit of public finances published last year",
    ),
    _Topic(
        "scale up assistance to communities facing acute food insecurity",
        "half of the population faces acute food insecurity",
        "the use of starvation of civilians as a method of warfare",
        "the pledges made at the recent humanitarian conference",
    ),
    _Topic(
        "conduct prompt, thorough and impartial investigations into the attacks on civilians",
        "attacks on civilians have not been investigated",
        "the deliberate attacks on civilians, schools and hospitals",
    ),
    _Topic(
        "restore state authority and basic services in the northern regions",
        "state authority and basic services are absent from the northern regions",
        None,
        "the return of administrators to the northern regions",
    ),
    _Topic(
        "protect cultural heritage sites from destruction and looting",
        "cultural heritage sites have been destroyed and looted",
        "the destruction of cultural heritage sites",
    ),
    _Topic(
        "fight the trafficking in persons and the smuggling of migrants across the desert",
        "traffickers and smugglers exploit migrants crossing the desert",
        "the trafficking in persons and the abuses suffered by migrants",
    ),
    _Topic(
        "abstain from any interference in the internal affairs of {place}",
        "outside interference has fuelled the conflict in {place}, and that arms continue "
        "to reach the armed groups across porous borders",
        "the external interference in the internal affairs of {place}",
    ),
)

# Operative frames: lead phrases that take the same construction. Each is kept only when
# the lexicon reads it as a verb of its own (so a lexicon change cannot make the strategies
# produce paragraphs the analysis does not see).
_OP_ADDRESSEE = (
    "Calls upon",
    "Calls on",
    "Strongly urges",
    "Urges",
    "Requests",
    "Encourages",
    "Strongly encourages",
    "Invites",
    "Requires",
    "Further calls upon",
    "Also urges",
)
_OP_THAT = ("Demands that", "Decides that", "Insists that", "Stresses that", "Underlines that")
_OP_CENSURE = (
    "Condemns in the strongest terms",
    "Strongly condemns",
    "Condemns",
    "Strongly deplores",
    "Deplores",
    "Expresses grave concern at",
    "Expresses deep concern at",
    "Expresses concern at",
)
_OP_OBJECT = ("Welcomes", "Supports", "Commends", "Endorses", "Takes note of")
_ADDRESSEES = (
    "all parties",
    "all Member States",
    "the Government of {place}",
    "the authorities of {place}",
    "all armed groups",
    "the Secretary-General",
    "all States",
)

# Preambular lead phrases, by the construction that follows them.
_PP_THAT = (
    "Recalling",
    "Reaffirming",
    "Recognizing",
    "Noting",
    "Stressing",
    "Emphasizing",
    "Underlining",
    "Underscoring",
    "Bearing in mind",
    "Mindful",
    "Convinced",
    "Concerned",
    "Deeply concerned",
    "Gravely concerned",
    "Alarmed",
    "Expressing grave concern",
    "Expressing deep concern",
    "Noting with concern",
    "Deploring",
    "Regretting",
    "Considering",
    "Acknowledging",
    "Aware",
    "Conscious",
)
_PP_EVENT = ("Condemning", "Strongly condemning", "Deploring", "Expressing grave concern at")
_PP_NOUN = ("Welcoming", "Commending", "Expressing its support for", "Taking note of")

_PP_FIXED = (
    "Recalling its previous resolutions and the statements of its President on {place},",
    "Reaffirming its strong commitment to the sovereignty, independence, unity and "
    "territorial integrity of {place},",
    "Guided by the purposes and principles of the Charter of the United Nations,",
    "Having considered the report of the Secretary-General of {date},",
)
_ART39 = (
    "Determining that the situation in {place} continues to constitute a threat to "
    "international peace and security in the region,"
)

# Sanctions measures, each in the three modes; ``{place}`` is the target.
_MEASURES: dict[str, str] = {
    "arms_embargo": "the direct or indirect supply, sale or transfer of arms and related "
    "materiel of all types to {place}",
    "asset_freeze": "freeze without delay the funds, other financial assets and economic "
    "resources owned or controlled by the individuals and entities designated by the "
    "Committee",
    "travel_ban": "the entry into or transit through their territories of the individuals "
    "designated by the Committee",
    "wmd_missile": "the procurement of missiles and missile-related items, materials, goods "
    "and technology from {place}",
}
_MODES = ("mandatory", "hortatory", "voluntary")

_SUB_LEAD = (
    "Requests the Secretary-General to report to the Council within {days} days on:",
    "Calls upon all parties to:",
    "Decides that all Member States shall prevent the direct or indirect supply, sale or "
    "transfer to {place}:",
)
_SUB_ARMS = (
    "arms and related materiel of all types, including weapons and ammunition;",
    "technical assistance, training and financial assistance related to military activities;",
    "armed mercenary personnel, whether or not originating in their territories;",
)
_REPORT = (
    "Requests the Secretary-General to report to the Council within {days} days on the "
    "implementation of this resolution;"
)
