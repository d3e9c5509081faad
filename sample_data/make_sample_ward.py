"""Make the fictional sample ward, Millbrook, from a fixed seed.

Run ``python sample_data/make_sample_ward.py`` to rebuild ``sample_data/millbrook.gpkg``.
Every person, group, place and street here is invented; the ward sits at made-up
coordinates in the Pennines so that distances and map scales behave as in a real ward.

What the analysis should find is built in on purpose:
- four clusters of people and groups (the village core and three estates), joined by a
  handful of connectors;
- the Hollins estate hangs on one person, the only link between it and the rest;
- a few people with no links at all, and one group nobody is linked to;
- the middle of the Hollins estate has no meeting place (a hall, a park, a school) within an
  800 m walk.
"""

from __future__ import annotations

import math
import random
import sys
import uuid
from pathlib import Path

import numpy as np
import shapely
from shapely.geometry import LineString, MultiPoint, Point, Polygon, box
from shapely.affinity import rotate

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from assetmap.model import (  # noqa: E402
    Asset, BasemapFeature, Group, Link, Person, Project, ProjectInfo,
)

SEED = 20261122
OUTPUT = Path(__file__).with_name("millbrook.gpkg")
# South-west corner of the ward on the British National Grid (EPSG:27700), in metres.
ORIGIN = (391_000.0, 411_000.0)

AREAS = {
    # name: (centre x, centre y) in metres from ORIGIN
    "Millbrook village": (2700.0, 2300.0),
    "Riverside estate": (1000.0, 1000.0),
    "Brookfield estate": (4300.0, 900.0),
    "Hollins estate": (4700.0, 3800.0),
}
GAP_AREA = "Hollins estate"
# No meeting place (hall, park, school, club) within this distance of the Hollins centre.
GAP_CLEAR_RADIUS = 1150.0

STREET_WORDS = [
    "Oak", "Ash", "Elm", "Birch", "Rowan", "Hazel", "Holly", "Willow", "Alder", "Beech", "Larch",
    "Cedar", "Maple", "Poplar", "Yew", "Heather", "Bracken", "Moor", "Fell", "Ridge", "Clough",
    "Mill", "Weaver", "Spinner", "Loom", "Bobbin", "Carder", "Dyer", "Tanner", "Cooper",
    "Fletcher", "Mason", "Thatcher", "Wheelwright", "Brook", "Beck", "Ford", "Bridge", "Wharf",
    "Lock", "Canal", "Quarry", "Kiln", "Forge", "Chapel", "Church", "School", "Station", "Market",
    "Orchard", "Meadow", "Pasture", "Croft", "Fold", "Barn", "Grange", "Lark", "Wren", "Linnet",
    "Heron", "Kestrel", "Curlew", "Plover", "Swift", "Martin", "Finch", "Thrush", "Robin",
    "Primrose", "Bluebell", "Foxglove", "Clover", "Daisy", "Tansy", "Sorrel", "Nettle", "Cotton",
    "Wool", "Flax", "Lantern", "Beacon", "Summit", "Windy", "Sunny", "Shady", "Long", "Short",
    "Broad", "Narrow", "Green", "Top", "Bottom", "Far", "Near", "Old", "New", "Hollins",
    "Stansfield", "Ogden", "Greenwood", "Sutcliffe", "Crossley", "Ackroyd", "Pickles",
]
STREET_SUFFIXES = ["Road", "Street", "Lane", "Close", "Avenue", "Way", "Drive", "Grove",
                   "Crescent", "Terrace", "Walk", "Rise", "Gardens", "Place", "View", "Court"]

FIRST_NAMES = [
    "Aisha", "Alan", "Amir", "Ann", "Anwar", "Asha", "Barbara", "Bilal", "Brenda", "Callum",
    "Carol", "Chloe", "Chidi", "Colin", "Dan", "Deborah", "Declan", "Denise", "Dev", "Eileen",
    "Emeka", "Emma", "Farah", "Fiona", "Gareth", "Grace", "Hamza", "Hannah", "Hassan", "Ian",
    "Imran", "Irene", "Jack", "Jade", "Jamal", "Janet", "Jas", "Jean", "Joan", "Josh", "Kamala",
    "Karen", "Kate", "Keith", "Khadija", "Kwame", "Leah", "Leon", "Liam", "Lily", "Lorraine",
    "Malik", "Margaret", "Maria", "Maureen", "Mei", "Mohammed", "Nadia", "Naveed", "Niamh",
    "Nisha", "Olu", "Owen", "Pat", "Paul", "Priya", "Rachel", "Rashid", "Rhys", "Rosa", "Ruth",
    "Ryan", "Saira", "Sam", "Sandra", "Shabana", "Siân", "Sophie", "Stuart", "Tariq", "Tom",
    "Tomasz", "Tracy", "Uzma", "Vera", "Wayne", "Yasmin", "Zainab", "Zofia", "Ewa", "Bogdan",
]
LAST_NAMES = [
    "Ackroyd", "Ahmed", "Akhtar", "Barker", "Begum", "Bibi", "Booth", "Brennan", "Clegg",
    "Crossley", "Dawson", "Dobson", "Eastwood", "Farrell", "Fletcher", "Gill", "Greenwood",
    "Haigh", "Hartley", "Hussain", "Iqbal", "Jackson", "Kaur", "Kelly", "Khan", "Kowalski",
    "Lord", "Mahmood", "Mitchell", "Nowak", "Nwosu", "O'Brien", "Ogden", "Okafor", "Patel",
    "Pickles", "Quinn", "Rahman", "Riley", "Shah", "Singh", "Smith", "Stansfield", "Sutcliffe",
    "Taylor", "Thornton", "Walsh", "Wilkinson", "Wood", "Wright", "Yildiz", "Zielinski",
]
SKILLS = ["cooking", "sewing", "joinery", "gardening", "bike repair", "first aid", "singing",
          "guitar", "languages", "accounts", "IT help", "childcare", "driving", "painting",
          "baking", "storytelling", "football coaching", "knitting", "DIY", "photography",
          "translation", "befriending", "dance", "local history", "plumbing", "hairdressing"]
THEMES = ["youth", "older people", "food", "gardening", "music", "faith", "sport", "arts",
          "heritage", "health", "environment", "housing", "learning", "families", "wellbeing"]

# (category, name pattern, tags) templates; {area} and {street} are filled in.
ASSET_TEMPLATES = {
    "individual": [("{person}'s {skill}", ("skills",))],
    "association": [
        ("{area} Tenants' and Residents' Association", ("housing",)),
        ("{word} Walking Group", ("health", "outdoors")), ("{word} Knit and Natter", ("crafts",)),
        ("{word} Youth Football Club", ("youth", "sport")), ("{word} Community Choir", ("music",)),
        ("{word} Friends of the Park", ("environment",)), ("{word} Parents' Group", ("families",)),
    ],
    "institution": [
        ("{word} Primary School", ("education", "children")), ("{word} Health Centre", ("health",)),
        ("{word} Library", ("learning",)), ("St {saint}'s Church", ("faith",)),
        ("{word} Children's Centre", ("families",)), ("{word} Housing Office", ("council",)),
        ("{word} Masjid", ("faith",)), ("{word} Pharmacy", ("health",)),
    ],
    "physical": [
        ("{word} Community Centre", ("meeting place", "hall")),
        ("{word} Scout Hut", ("meeting place", "hall")),
        ("{word} Bowling Green", ("sport", "outdoors")), ("{word} Playground", ("children",)),
        ("{word} Allotments", ("gardening", "green space")),
        ("{word} Church Hall", ("meeting place", "hall")),
        ("{word} Sports Pavilion", ("sport", "meeting place")),
    ],
    "economic": [
        ("{word} Café", ("food",)), ("{word} Corner Shop", ("food", "shop")),
        ("{word} Hairdressers", ("shop",)), ("{word} Fish and Chips", ("food",)),
        ("{word} Bakery", ("food", "shop")), ("{word} Garage", ("employer",)),
        ("{word} Credit Union", ("money",)), ("{word} Repair Café", ("social enterprise",)),
        ("{word} Launderette", ("shop",)), ("{word} Market Stall", ("market",)),
    ],
    "cultural": [
        ("{word} Mural", ("art",)), ("{word} Gala", ("festival",)),
        ("Old {word} Mill", ("heritage",)), ("{word} Heritage Trail", ("heritage", "walking")),
        ("{word} Carnival", ("festival",)), ("{word} Memorial", ("heritage",)),
        ("{word} Storytelling Circle", ("stories",)),
    ],
}
ASSET_COUNTS = {"individual": 24, "association": 25, "institution": 20, "physical": 30,
                "economic": 36, "cultural": 20}
SAINTS = ["Mary", "John", "Michael", "Anne", "Bartholomew", "Aidan", "Hilda", "Paul", "Chad"]


class WardBuilder:
    def __init__(self, seed: int = SEED) -> None:
        self.rng = random.Random(seed)
        self.street_names: list[str] = self._street_names()
        self.streets: list[tuple[LineString, str, str, str]] = []  # geom, name, kind, area
        self.nodes_by_area: dict[str, list[tuple[float, float]]] = {a: [] for a in AREAS}

    # ------------------------------------------------------------------ helpers

    def uid(self) -> str:
        return uuid.UUID(int=self.rng.getrandbits(128), version=4).hex

    def _street_names(self) -> list[str]:
        names = [f"{w} {s}" for w in STREET_WORDS for s in STREET_SUFFIXES]
        self.rng.shuffle(names)
        return names

    def next_street_name(self) -> str:
        return self.street_names.pop()

    @staticmethod
    def warp(x: float, y: float) -> tuple[float, float]:
        """Bend straight grids into the gentle curves of real estates."""
        return (x + 28 * math.sin(y / 310.0) + 12 * math.sin(x / 97.0),
                y + 28 * math.cos(x / 290.0) + 12 * math.cos(y / 113.0))

    def add_segment(self, a, b, name: str, kind: str, area: str) -> None:
        mid = ((a[0] + b[0]) / 2 + self.rng.uniform(-4, 4), (a[1] + b[1]) / 2 + self.rng.uniform(-4, 4))
        self.streets.append((LineString([a, mid, b]), name, kind, area))

    # ------------------------------------------------------------------ streets

    def grid_estate(self, area: str, n: int, spacing: float, angle: float) -> None:
        cx, cy = AREAS[area]
        half = (n - 1) * spacing / 2
        cos_a, sin_a = math.cos(math.radians(angle)), math.sin(math.radians(angle))

        def at(i: int, j: int) -> tuple[float, float]:
            u, v = i * spacing - half, j * spacing - half
            return self.warp(cx + u * cos_a - v * sin_a, cy + u * sin_a + v * cos_a)

        for j in range(n):
            name = self.next_street_name()
            for i in range(n - 1):
                if self.rng.random() > 0.035:
                    self.add_segment(at(i, j), at(i + 1, j), name, "residential", area)
        for i in range(n):
            name = self.next_street_name()
            for j in range(n - 1):
                if self.rng.random() > 0.035:
                    self.add_segment(at(i, j), at(i, j + 1), name, "residential", area)
        self.nodes_by_area[area] = [at(i, j) for i in range(n) for j in range(n)]

    def village_core(self) -> None:
        area = "Millbrook village"
        cx, cy = AREAS[area]
        spokes = ["High Street", "Church Lane", "Mill Road", "Station Road", "Chapel Street",
                  "Market Street", "Bridge Street", "Towngate", "Back Lane", "School Lane",
                  "Wharf Street", "Kiln Lane"]
        nodes = [(cx, cy)]
        for k, name in enumerate(spokes):
            angle = 2 * math.pi * k / len(spokes) + 0.1
            prev = (cx, cy)
            for step in range(1, 10):
                r = step * 85.0
                point = self.warp(cx + r * math.cos(angle), cy + r * math.sin(angle))
                self.add_segment(prev, point, name, "tertiary" if step < 4 else "residential", area)
                nodes.append(point)
                prev = point
        for ring, radius in enumerate((170.0, 340.0, 510.0, 680.0)):
            name = self.next_street_name()
            count = 24 + ring * 8
            ring_points = [self.warp(cx + radius * math.cos(2 * math.pi * k / count),
                                     cy + radius * math.sin(2 * math.pi * k / count))
                           for k in range(count)]
            for k in range(count):
                self.add_segment(ring_points[k], ring_points[(k + 1) % count], name, "residential", area)
            nodes.extend(ring_points)
        self.nodes_by_area[area] = nodes

    def arterials(self) -> None:
        core = AREAS["Millbrook village"]
        for area, road in (("Riverside estate", "Riverside Road"),
                           ("Brookfield estate", "Brookfield Road"),
                           ("Hollins estate", "Hollins Road")):
            self.road_between(core, AREAS[area], road, "primary")
        self.road_between(AREAS["Riverside estate"], AREAS["Brookfield estate"], "Moor Lane", "tertiary")
        self.road_between(core, (200.0, 3300.0), "Todmorden Old Road", "primary")

    def road_between(self, start, end, name: str, kind: str) -> None:
        length = math.dist(start, end)
        steps = max(2, int(length / 110))
        prev = start
        for k in range(1, steps + 1):
            t = k / steps
            bend = 60 * math.sin(math.pi * t)
            x = start[0] + (end[0] - start[0]) * t - (end[1] - start[1]) / length * bend
            y = start[1] + (end[1] - start[1]) * t + (end[0] - start[0]) / length * bend
            self.add_segment(prev, (x, y), name, kind, "")
            prev = (x, y)

    # ------------------------------------------------------------------ land

    def boundary(self) -> Polygon:
        points = MultiPoint([p for nodes in self.nodes_by_area.values() for p in nodes])
        hull = points.convex_hull.buffer(260, quad_segs=8)
        coords = list(hull.exterior.coords)[:-1]
        cx, cy = hull.centroid.x, hull.centroid.y
        wobbly = []
        for k, (x, y) in enumerate(coords):
            scale = 1 + 0.025 * math.sin(k * 0.9) + self.rng.uniform(-0.01, 0.01)
            wobbly.append((cx + (x - cx) * scale, cy + (y - cy) * scale))
        return Polygon(wobbly).buffer(0)

    def river(self, ward: Polygon) -> Polygon:
        minx, _, maxx, _ = ward.bounds
        xs = np.linspace(minx - 300, maxx + 300, 240)
        ys = 1900 + 260 * np.sin(xs / 700.0) + 90 * np.sin(xs / 230.0)
        return LineString(np.column_stack([xs, ys])).buffer(14).intersection(ward)

    def green_spaces(self) -> list[tuple[Polygon, str, str]]:
        spaces = [
            ("Millbrook Park", "park", (2450.0, 2550.0), 220, 150, 15),
            ("Towngate Green", "park", (2900.0, 2150.0), 110, 80, -10),
            ("Riverside Park", "park", (1300.0, 1500.0), 260, 140, 30),
            ("Alder Fields", "playing field", (700.0, 800.0), 160, 120, 0),
            ("Brookfield Rec", "playing field", (4100.0, 1250.0), 200, 130, -20),
            ("Mill Brook Meadow", "nature reserve", (3500.0, 1700.0), 300, 90, 12),
            ("Weaver Allotments", "allotments", (2300.0, 1950.0), 120, 70, 5),
        ]
        out = []
        for name, kind, (x, y), w, h, angle in spaces:
            shape = rotate(box(x - w / 2, y - h / 2, x + w / 2, y + h / 2), angle)
            out.append((shape, name, kind))
        return out

    def buildings(self, avoid) -> list[Polygon]:
        houses = []
        for geom, _, kind, area in self.streets:
            if not area or kind == "primary":
                continue
            (x0, y0), _, (x1, y1) = geom.coords
            dx, dy = x1 - x0, y1 - y0
            length = math.hypot(dx, dy) or 1.0
            nx, ny = -dy / length, dx / length
            angle = math.degrees(math.atan2(dy, dx))
            for side in (1, -1):
                cx = (x0 + x1) / 2 + side * nx * 17
                cy = (y0 + y1) / 2 + side * ny * 17
                house = rotate(box(cx - 5, cy - 4, cx + 5, cy + 4), angle, origin=(cx, cy))
                if not avoid.intersects(house):
                    houses.append(house)
        return houses

    # ------------------------------------------------------------------ assets

    def point_near_street(self, areas: list[str], forbid_gap: bool) -> tuple[Point, str]:
        gap_centre = Point(AREAS[GAP_AREA])
        candidates = [s for s in self.streets if s[3] in areas]
        while True:
            geom, street, _, area = self.rng.choice(candidates)
            along = geom.interpolate(self.rng.uniform(0.2, 0.8), normalized=True)
            side = self.rng.choice((-1, 1)) * 14
            (x0, y0), _, (x1, y1) = geom.coords
            length = math.hypot(x1 - x0, y1 - y0) or 1.0
            point = Point(along.x - side * (y1 - y0) / length, along.y + side * (x1 - x0) / length)
            if forbid_gap and point.distance(gap_centre) < GAP_CLEAR_RADIUS:
                continue
            return point, f"{self.rng.randint(1, 180)} {street}"

    def assets(self, green) -> list[tuple[Asset, str]]:
        """Assets with their area. Places to meet are kept clear of the Hollins gap."""
        out = []
        used_names: set[str] = set()
        words = ["Millbrook", "Riverside", "Brookfield", "Towngate", "Weaver", "Alder",
                 "Mill Brook", "Kiln", "Chapel Street", "Moor", "Station", "Ogden", "Heron",
                 "Bobbin", "Lark", "Canal", "Fold", "Croft", "Beacon"]
        area_names = list(AREAS)
        for shape, name, kind in green:
            if kind in ("park", "nature reserve", "playing field", "allotments"):
                out.append((Asset(
                    id=self.uid(), name=name, category="physical",
                    description=f"Public {kind} looked after with the council.",
                    tags=("green space", kind), recorded_by="Millbrook Community Mapping",
                    recorded_at=self.date(), geometry=shape, accessibility="Level paths on the main route",
                ), self.area_of(shape.centroid)))
                used_names.add(name)
        for category, count in ASSET_COUNTS.items():
            made = sum(1 for a, _ in out if a.category == category)
            templates = ASSET_TEMPLATES[category]
            attempts = 0
            while made < count:
                attempts += 1
                pattern, tags = templates[attempts % len(templates)]
                meeting_kind = category in ("physical", "institution", "association")
                area = self.rng.choice(area_names if not meeting_kind else
                                       [a for a in area_names if a != GAP_AREA])
                point, address = self.point_near_street([area], forbid_gap=meeting_kind)
                name = pattern.format(
                    area=area.split()[0], word=self.rng.choice(words),
                    saint=self.rng.choice(SAINTS), skill=self.rng.choice(SKILLS),
                    person=self.person_name().split()[0])
                if name in used_names:
                    continue
                used_names.add(name)
                out.append((Asset(
                    id=self.uid(), name=name, category=category,
                    description=self.describe(category, name),
                    tags=tags, address=address,
                    contact="" if category == "individual" else f"Ask at {address}",
                    opening_times=self.opening_times(category),
                    accessibility=self.rng.choice(["", "Step-free entrance", "Hearing loop",
                                                   "Accessible toilet", "Two steps at the door"]),
                    story=self.story(category, name),
                    recorded_by=self.rng.choice(["Millbrook Community Mapping", "Hollins Champions",
                                                 "Riverside Listening Project"]),
                    recorded_at=self.date(), geometry=point,
                ), area))
                made += 1
        return out

    def area_of(self, point: Point) -> str:
        return min(AREAS, key=lambda a: point.distance(Point(AREAS[a])))

    def date(self) -> str:
        day = self.rng.randint(0, 300)
        month, day = 1 + day // 28, 1 + day % 28
        return f"2026-{month:02d}-{day:02d}T{self.rng.randint(9, 19):02d}:00:00+00:00"

    def opening_times(self, category: str) -> str:
        if category in ("economic", "institution"):
            return self.rng.choice(["Mon-Fri 9-5", "Mon-Sat 8-6", "Daily 7am-10pm", "Tue-Sat 10-4"])
        if category == "physical":
            return self.rng.choice(["", "Bookable evenings", "Dawn to dusk"])
        return ""

    def describe(self, category: str, name: str) -> str:
        return {
            "individual": "A resident happy to share this gift with neighbours.",
            "association": "A local group run by volunteers; new members welcome.",
            "institution": "A public service with staff who know the area.",
            "physical": "A place people can use to meet, play or grow things.",
            "economic": "A local business that keeps money and jobs in the ward.",
            "cultural": "Part of what makes the ward feel like home.",
        }[category]

    def story(self, category: str, name: str) -> str:
        if self.rng.random() > 0.25:
            return ""
        return self.rng.choice([
            f"People remember {name} from the 2015 floods, when it kept going for everyone.",
            f"{name} started with three neighbours and a kettle.",
            f"Ask anyone over sixty about {name} and you'll hear a story.",
        ])

    # ------------------------------------------------------------------ people and groups

    def person_name(self) -> str:
        return f"{self.rng.choice(FIRST_NAMES)} {self.rng.choice(LAST_NAMES)}"

    def network(self, assets: list[tuple[Asset, str]]):
        rng = self.rng
        group_plan = {"Millbrook village": 12, "Riverside estate": 12, "Brookfield estate": 10,
                      "Hollins estate": 8}
        people_plan = {"Millbrook village": 78, "Riverside estate": 70, "Brookfield estate": 60,
                       "Hollins estate": 44}
        groups: list[Group] = []
        groups_by_area: dict[str, list[Group]] = {}
        assoc = [a for a, _ in assets if a.category in ("association", "institution")]
        places = {area: [a for a, ar in assets if ar == area and a.category == "physical"]
                  for area in AREAS}
        for area, count in group_plan.items():
            mine = [a for a in assoc if self.area_of(Point(*self.metric(a))) == area]
            bucket = []
            for k in range(count):
                base = mine[k] if k < len(mine) else None
                name = base.name if base else f"{area.split()[0]} {rng.choice(THEMES).title()} Group {k + 1}"
                if any(g.name == name for g in groups):
                    name = f"{name} ({area.split()[0]})"
                meeting_pool = places[area] or places["Millbrook village"]
                meeting = None if area == GAP_AREA and k % 2 else rng.choice(meeting_pool).id
                group = Group(
                    id=self.uid(), name=name,
                    group_kind=base.category if base else "association",
                    description=f"A group based in {area}.",
                    themes=tuple(sorted(rng.sample(THEMES, 2))),
                    contact=f"{name.split()[0].lower()}@example.org",
                    meeting_place_id=meeting, external_id=f"G{len(groups) + 1:03d}")
                groups.append(group)
                bucket.append(group)
            groups_by_area[area] = bucket
        lonely_group = Group(id=self.uid(), name="Millbrook Pigeon Fanciers",
                             group_kind="association", description="Nobody has linked to it yet.",
                             themes=("heritage",), external_id=f"G{len(groups) + 1:03d}")
        groups.append(lonely_group)

        people: list[Person] = []
        people_by_area: dict[str, list[Person]] = {}
        for area, count in people_plan.items():
            cx, cy = AREAS[area]
            bucket = []
            for _ in range(count):
                person = self.new_person(area, cx, cy)
                people.append(person)
                bucket.append(person)
            people_by_area[area] = bucket
        isolated = [self.new_person(rng.choice(list(AREAS)), *AREAS["Millbrook village"])
                    for _ in range(5)]
        people.extend(isolated)

        links: list[Link] = []
        joined: set[tuple[str, str]] = set()

        def link(a, b, kind, strength=None):
            pair = (min(a.id, b.id), max(a.id, b.id))
            if pair in joined:
                return  # one link per pair, as a community worker would record it
            joined.add(pair)
            links.append(Link(id=self.uid(), source_id=a.id, target_id=b.id, type=kind,
                              strength=strength))

        for area, bucket in people_by_area.items():
            area_groups = groups_by_area[area]
            for g_index, group in enumerate(area_groups):
                link(bucket[g_index % len(bucket)], group, "leads", 1.0)
            for person in bucket:
                for group in rng.sample(area_groups, rng.choice((1, 1, 2, 2, 3))):
                    kind = "volunteers" if rng.random() < 0.15 else "member"
                    link(person, group, kind, round(rng.uniform(0.3, 1.0), 2))
            for person in bucket:
                if rng.random() < 0.8:
                    other = rng.choice(bucket)
                    if other is not person:
                        link(person, other, "knows", round(rng.uniform(0.2, 1.0), 2))
            for _ in range(3):
                a, b = rng.sample(area_groups, 2)
                link(a, b, "partners")
            for group in area_groups:
                if group.meeting_place_id:
                    link(group, self._asset_by_id[group.meeting_place_id], "meets_at")

        # Connectors between clusters: a handful of people active on both sides.
        bridges = [("Millbrook village", "Riverside estate", 3),
                   ("Millbrook village", "Brookfield estate", 2),
                   ("Riverside estate", "Brookfield estate", 1),
                   ("Millbrook village", GAP_AREA, 1)]
        connectors = []
        for home, away, count in bridges:
            for person in rng.sample(people_by_area[home][20:], count):
                link(person, rng.choice(groups_by_area[away]), "volunteers", 0.9)
                connectors.append(person)
        # The Hollins estate hangs on one person: make sure no 'knows' tie crosses over.
        hollins_ids = {p.id for p in people_by_area[GAP_AREA]} | {g.id for g in groups_by_area[GAP_AREA]}
        assert all((ln.source_id in hollins_ids) == (ln.target_id in hollins_ids)
                   or ln.type in ("volunteers", "meets_at") for ln in links)
        return groups, people, links

    def new_person(self, area: str, cx: float, cy: float) -> Person:
        rng = self.rng
        # Approximate home area only: rounded to 250 m, never an address point.
        x = round((cx + rng.uniform(-400, 400)) / 250) * 250
        y = round((cy + rng.uniform(-400, 400)) / 250) * 250
        consent = "" if rng.random() < 0.07 else self.date()[:10]
        return Person(
            id=self.uid(), name=self.person_name(),
            skills=tuple(sorted(rng.sample(SKILLS, rng.randint(0, 3)))),
            interests=tuple(sorted(rng.sample(THEMES, rng.randint(1, 3)))),
            roles=tuple(rng.sample(["resident", "volunteer", "parent", "carer", "shopkeeper",
                                    "councillor", "youth worker"], 1)),
            consent_date=consent,
            consent_scope="" if not consent else rng.choice(
                ["mapping and analysis", "mapping, analysis and named in reports"]),
            home_area=area, area_location=self.to_lonlat_point(x, y),
            external_id=f"P{rng.randint(10000, 99999)}")

    # ------------------------------------------------------------------ coordinates

    def setup_transform(self):
        from pyproj import Transformer

        self.transformer = Transformer.from_crs("EPSG:27700", "EPSG:4326", always_xy=True)

    def to_lonlat(self, geom):
        def move(coords):
            lon, lat = self.transformer.transform(coords[:, 0] + ORIGIN[0], coords[:, 1] + ORIGIN[1])
            return np.round(np.column_stack([lon, lat]), 7)
        return shapely.transform(geom, move)

    def to_lonlat_point(self, x: float, y: float) -> tuple[float, float]:
        lon, lat = self.transformer.transform(x + ORIGIN[0], y + ORIGIN[1])
        return (round(lon, 4), round(lat, 4))

    def metric(self, asset: Asset) -> tuple[float, float]:
        return self._metric_of[asset.id]

    # ------------------------------------------------------------------ all of it

    def build(self) -> Project:
        self.setup_transform()
        for area, n, spacing, angle in (("Riverside estate", 16, 78.0, 8.0),
                                        ("Brookfield estate", 16, 76.0, -12.0),
                                        ("Hollins estate", 16, 74.0, 20.0)):
            self.grid_estate(area, n, spacing, angle)
        self.village_core()
        self.arterials()
        ward = self.boundary()
        self.streets = [s for s in self.streets if ward.contains(s[0])]
        river = self.river(ward)
        green = self.green_spaces()
        avoid = shapely.union_all([river] + [g for g, _, _ in green])
        houses = self.buildings(avoid)
        assets = self.assets(green)
        self._metric_of = {a.id: a.location for a, _ in assets}
        self._asset_by_id = {a.id: a for a, _ in assets}
        groups, people, links = self.network(assets)

        project = Project(ProjectInfo(
            name="Millbrook (fictional sample ward)",
            description=("A made-up ward for trying assetmap: a village by the Mill Brook and "
                         "three estates. Every person, group and place in it is invented."),
            fictional=True, created_at="2026-11-01T09:00:00+00:00", metric_crs="EPSG:27700",
            credits="Fictional sample data made by assetmap; no real people or places."))
        for asset, _ in assets:
            project.assets.add(asset.with_changes(geometry=self.to_lonlat(asset.geometry)))
        for group in groups:
            project.groups.add(group)
        for person in people:
            project.people.add(person)
        for link in links:
            project.links.add(link)
        basemap = project.basemap
        basemap["boundary"] = [BasemapFeature(self.to_lonlat(ward), "Millbrook ward", "ward")]
        basemap["streets"] = [BasemapFeature(self.to_lonlat(g), name, kind)
                              for g, name, kind, _ in self.streets]
        basemap["water"] = [BasemapFeature(self.to_lonlat(river), "Mill Brook", "river")]
        basemap["green_space"] = [BasemapFeature(self.to_lonlat(g), name, kind)
                                  for g, name, kind in green]
        basemap["buildings"] = [BasemapFeature(self.to_lonlat(h), "", "house") for h in houses]
        return project


def build_sample_ward(seed: int = SEED) -> Project:
    return WardBuilder(seed).build()


def main() -> None:
    from assetmap.io.gpkg_store import save_project

    project = build_sample_ward()
    save_project(project, OUTPUT)
    counts = project.counts()
    print(f"wrote {OUTPUT} ({OUTPUT.stat().st_size / 1e6:.1f} MB): {counts}, "
          f"{len(project.basemap['streets'])} street segments, "
          f"{len(project.basemap['buildings'])} buildings")


if __name__ == "__main__":
    main()
