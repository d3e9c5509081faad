"""Large made-up wards for benchmarks: people and groups in neighbourhood clusters, linked the
way real wards are (one to three groups each, friends mostly nearby, a few connectors)."""

from __future__ import annotations

import random
import uuid

from assetmap.model import Group, Link, Person, Project, ProjectInfo


def synthetic_network(people: int, links: int, seed: int = 7) -> Project:
    rng = random.Random(seed)

    def uid() -> str:
        return uuid.UUID(int=rng.getrandbits(128), version=4).hex

    project = Project(ProjectInfo(name=f"Synthetic ward ({people} people)", fictional=True))
    clusters = max(4, people // 400)
    groups_per_cluster = max(3, people // 10 // clusters)
    by_cluster_groups: list[list[Group]] = []
    for c in range(clusters):
        bucket = []
        for k in range(groups_per_cluster):
            group = Group(id=uid(), name=f"Group {c}-{k}",
                          group_kind="institution" if k % 7 == 0 else "association",
                          themes=(rng.choice(["youth", "food", "music", "sport", "faith"]),))
            project.groups.add(group)
            bucket.append(group)
        by_cluster_groups.append(bucket)
    by_cluster_people: list[list[Person]] = [[] for _ in range(clusters)]
    for i in range(people):
        person = Person(id=uid(), name=f"Person {i}", home_area=f"Area {i % clusters}")
        project.people.add(person)
        by_cluster_people[i % clusters].append(person)
    joined: set[tuple[str, str]] = set()

    def add(a, b, kind):
        key = (min(a.id, b.id), max(a.id, b.id))
        if a.id == b.id or key in joined:
            return False
        joined.add(key)
        project.links.add(Link(id=uid(), source_id=a.id, target_id=b.id, type=kind))
        return True

    members = int(links * 0.55)
    made = 0
    while made < members:
        c = rng.randrange(clusters)
        person = rng.choice(by_cluster_people[c])
        home = c if rng.random() < 0.985 else rng.randrange(clusters)
        made += add(person, rng.choice(by_cluster_groups[home]), "member")
    while made < links - clusters * 3:
        c = rng.randrange(clusters)
        a, b = rng.sample(by_cluster_people[c], 2)
        made += add(a, b, "knows")
    while made < links:
        c = rng.randrange(clusters)
        a, b = rng.sample(by_cluster_groups[c], 2)
        made += add(a, b, "partners")
    return project


def synthetic_map(assets: int, streets: int, seed: int = 11) -> Project:
    """A ward about 8 km across with ``streets`` street segments on a bent grid and ``assets``
    assets spread along them, in all six categories."""
    import math

    from shapely.geometry import LineString, Point, box

    from assetmap.model import CATEGORY_KEYS, Asset, BasemapFeature

    rng = random.Random(seed)
    project = Project(ProjectInfo(name=f"Synthetic map ({assets} assets)", fictional=True))
    lon0, lat0 = -2.15, 53.58
    dlon, dlat = 0.12, 0.072  # about 8 km by 8 km
    side = int(math.sqrt(streets / 2)) + 1
    features = []
    for j in range(side):
        for i in range(side):
            if len(features) >= streets:
                break
            x, y = lon0 + dlon * i / side, lat0 + dlat * j / side
            bend = 0.0004 * math.sin(i * 0.7 + j)
            features.append(BasemapFeature(LineString([(x, y), (x + dlon / side / 2, y + bend), (x + dlon / side, y)]),
                                           f"Street {j}", "residential"))
            if len(features) < streets:
                features.append(BasemapFeature(LineString([(x, y), (x + bend, y + dlat / side)]),
                                               f"Avenue {i}", "tertiary" if i % 5 == 0 else "residential"))
    project.basemap["streets"] = features
    project.basemap["boundary"] = [BasemapFeature(box(lon0, lat0, lon0 + dlon, lat0 + dlat), "Ward", "ward")]
    for k in range(assets):
        project.assets.add(Asset(id=f"a{k}", name=f"Asset {k}", category=CATEGORY_KEYS[k % 6],
                                 geometry=Point(lon0 + rng.random() * dlon, lat0 + rng.random() * dlat)))
    return project
