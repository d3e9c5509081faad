"""A force-directed picture of the network, stable between runs.

Saved positions seed the layout, so people and groups stay where the user last saw them;
new records start at a place given by a fixed seed, never at random.
"""

from __future__ import annotations

import random

import numpy as np

from assetmap.analysis.metrics import NetworkMetrics


def network_layout(m: NetworkMetrics, saved: dict[str, tuple[float, float]], seed: int = 1,
                   iterations: int | None = None) -> dict[str, tuple[float, float]]:
    """Positions in -1..1 for every node of ``m``."""
    n = len(m.ids)
    if n == 0:
        return {}
    rng = random.Random(seed)
    known = [node for node in m.ids if node in saved]
    if known and len(known) >= 0.9 * n:
        return _place_newcomers(m, saved, rng)
    start = [list(saved[node]) if node in saved else [rng.uniform(-1, 1), rng.uniform(-1, 1)]
             for node in m.ids]
    layout = m.indexed.graph.layout_fruchterman_reingold(
        seed=start, niter=iterations or 500, grid="auto" if n > 1000 else "nogrid")
    coords = np.array(layout.coords, dtype=float)
    coords -= coords.mean(axis=0)
    coords /= np.abs(coords).max() or 1.0
    return {node: (round(float(x), 6), round(float(y), 6)) for node, (x, y) in zip(m.ids, coords)}


def _place_newcomers(m: NetworkMetrics, saved: dict, rng: random.Random) -> dict[str, tuple[float, float]]:
    """Everyone already placed stays exactly where they were; a newcomer goes beside the
    records it is linked to (or at the edge, if it has no links yet)."""
    positions = {node: tuple(saved[node]) for node in m.ids if node in saved}
    for i, node in enumerate(m.ids):
        if node in positions:
            continue
        near = [positions[m.ids[j]] for j in m.neighbours(i) if m.ids[j] in positions]
        if near:
            x = sum(p[0] for p in near) / len(near) + rng.uniform(-0.03, 0.03)
            y = sum(p[1] for p in near) / len(near) + rng.uniform(-0.03, 0.03)
        else:
            angle = rng.uniform(0, 6.283185307179586)
            x, y = 1.05 * np.cos(angle), 1.05 * np.sin(angle)
        positions[node] = (round(float(x), 6), round(float(y), 6))
    return positions
