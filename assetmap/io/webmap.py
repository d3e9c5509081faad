"""The interactive web map: one HTML file, built with folium, that works with no network.

folium's pages fetch Leaflet and its plugins from CDNs; here every script and style is taken
from the Python packages that ship them and written into the page, images become data URIs,
and there are no tiles: the ward's own streets, buildings, water and green space are drawn as
vector layers. All text from the project reaches the page either HTML-escaped (popups, legend,
title) or as JSON inside a script, which Jinja's ``tojson`` makes safe against ``</script>``.
"""

from __future__ import annotations

import base64
import html
import re
from html.parser import HTMLParser
from importlib import resources
from pathlib import Path

import folium
import numpy as np
import shapely
from branca.element import MacroElement
from folium.map import Layer
from folium.template import Template

from assetmap.errors import AssetmapError
from assetmap.io.atomic import atomic_output
from assetmap.io.public_view import PublicAsset, coarse_point, person_labels, public_assets
from assetmap.model.categories import CATEGORIES, category, outline_points
from assetmap.model.entities import LINK_WORDS
from assetmap.model.progress import NO_PROGRESS, Progress
from assetmap.model.project import Project
from assetmap.model.wording import say, say_noop

BASEMAP_STYLES = {
    "green_space": {"color": "#93C47D", "weight": 1, "fillColor": "#CBE6B3", "fillOpacity": 0.9},
    "water": {"color": "#78AFC6", "weight": 1, "fillColor": "#A9D3E3", "fillOpacity": 0.9},
    "buildings": {"color": "#C2B6AA", "weight": 0.5, "fillColor": "#DDD5CC", "fillOpacity": 0.9},
    "streets": {"color": "#9A8F84", "weight": 2, "opacity": 0.9},
    "boundary": {"color": "#5B4E8C", "weight": 3, "fill": False, "dashArray": "8 6"},
}
BASEMAP_NAMES = {"green_space": say_noop("Green space"), "water": say_noop("Water"),
                 "buildings": say_noop("Buildings"), "streets": say_noop("Streets"),
                 "boundary": say_noop("Ward boundary")}
GAP_STYLE = {"color": "#6B1D1D", "weight": 1, "fillColor": "#B22222", "fillOpacity": 0.28,
             "dashArray": "4 3"}
LINK_STYLE = {"color": "#444444", "weight": 1.2, "opacity": 0.55}
PRECISION_DEGREES = 1e-6  # about 10 cm: smaller files, nothing a map reader could see


def _package_file(package: str, *parts: str) -> bytes:
    place = resources.files(package)
    for part in parts:  # one step at a time: a namespace package's path takes one name
        place = place / part
    return place.read_bytes()


def _leaflet_css() -> str:
    css = _package_file("js_lib_leaflet", "static", "js_lib_leaflet", "leaflet.css").decode("utf-8")

    def inline(match: re.Match) -> str:
        name = match.group(1)
        data = _package_file("js_lib_leaflet", "static", "js_lib_leaflet", "images", name)
        return f"url(data:image/png;base64,{base64.b64encode(data).decode('ascii')})"

    return re.sub(r"url\(images/([\w.-]+\.png)\)", inline, css)


def _inline_assets() -> str:
    cluster = ("xstatic.pkg.leaflet_markercluster", "data")
    parts = [
        f"<style>{_leaflet_css()}</style>",
        f"<style>{_package_file(*cluster, 'MarkerCluster.css').decode('utf-8')}</style>",
        f"<style>{_package_file(*cluster, 'MarkerCluster.Default.css').decode('utf-8')}</style>",
        f"<script>{_package_file('js_lib_leaflet', 'static', 'js_lib_leaflet', 'leaflet.js').decode('utf-8')}</script>",
        f"<script>{_package_file(*cluster, 'leaflet.markercluster.js').decode('utf-8')}</script>",
        f"<style>{PAGE_CSS}</style>",
    ]
    return "\n".join(parts)


PAGE_CSS = """
html, body { font-family: system-ui, "Segoe UI", Roboto, Arial, sans-serif; }
.am-title { position: absolute; top: 10px; left: 60px; z-index: 1000; background: #fff;
  padding: 6px 12px; border-radius: 6px; box-shadow: 0 1px 4px rgba(0,0,0,.35); max-width: 60%; }
.am-title h1 { font-size: 18px; margin: 0; } .am-title p { margin: 2px 0 0; font-size: 12px; color: #444; }
.leaflet-control-layers { font-size: 12px; max-height: 70vh; overflow-y: auto; }
.am-legend { position: absolute; bottom: 60px; left: 10px; z-index: 1000; background: #fff;
  padding: 8px 10px; border-radius: 6px; box-shadow: 0 1px 4px rgba(0,0,0,.35); font-size: 13px; }
.am-legend h2 { font-size: 13px; margin: 0 0 4px; } .am-legend div { display: flex; align-items: center; gap: 6px; margin: 2px 0; }
.am-icon { background: none; border: none; }
.am-popup h3 { margin: 0 0 4px; font-size: 15px; } .am-popup p { margin: 2px 0; }
.am-popup .am-kind { color: #555; font-style: italic; }
"""


class OfflineMap(folium.Map):
    """A folium map that links to nothing: the page carries Leaflet itself."""

    default_js: list = []
    default_css: list = []


class InlineLayer(Layer):
    """A GeoJSON layer drawn by plain Leaflet, with one style for the whole layer (fast for
    tens of thousands of features, where folium's per-feature styling is slow)."""

    _template = Template("""
        {% macro script(this, kwargs) %}
        var {{ this.get_name() }} = L.geoJson({{ this.data|tojson }}, {
            style: {{ this.style|tojson }},
            interactive: {{ this.interactive|tojson }},
            {%- if this.popups %}
            onEachFeature: function (feature, layer) {
                if (feature.properties && feature.properties.p) { layer.bindPopup(feature.properties.p); }
            },
            {%- endif %}
        });
        {%- if this.show %}
        {{ this.get_name() }}.addTo({{ this._parent.get_name() }});
        {%- endif %}
        {% endmacro %}
    """)

    def __init__(self, data: dict, name: str, style: dict, show: bool = True, popups: bool = False) -> None:
        super().__init__(name=name, overlay=True, control=True, show=show)
        self._name = "InlineLayer"
        self.data, self.style, self.popups, self.interactive = data, style, popups, popups


class AssetCluster(Layer):
    """One kind of asset: markers in its own colour and shape, clustered when zoomed out so
    that thousands stay quick in a browser."""

    _template = Template("""
        {% macro script(this, kwargs) %}
        var {{ this.get_name() }} = L.markerClusterGroup({
            showCoverageOnHover: false, maxClusterRadius: 45, chunkedLoading: true,
            disableClusteringAtZoom: 17
        });
        (function () {
            var icon = L.divIcon({ html: {{ this.icon_svg|tojson }}, className: "am-icon",
                                   iconSize: [22, 22], iconAnchor: [11, 11], popupAnchor: [0, -10] });
            var layer = L.geoJson({{ this.data|tojson }}, {
                pointToLayer: function (feature, latlng) {
                    return L.marker(latlng, { icon: icon, title: feature.properties.n, alt: feature.properties.n });
                },
                onEachFeature: function (feature, layer) { layer.bindPopup(feature.properties.p); }
            });
            {{ this.get_name() }}.addLayer(layer);
        })();
        {{ this.get_name() }}.addTo({{ this._parent.get_name() }});
        {% endmacro %}
    """)

    def __init__(self, data: dict, name: str, icon_svg: str) -> None:
        super().__init__(name=name, overlay=True, control=True, show=True)
        self._name = "AssetCluster"
        self.data, self.icon_svg = data, icon_svg


class Credits(MacroElement):
    """The data credits (OpenStreetMap's among them) in the map's corner."""

    _template = Template("""
        {% macro script(this, kwargs) %}
        {{ this._parent.get_name() }}.attributionControl.addAttribution({{ this.text|tojson }});
        {% endmacro %}
    """)

    def __init__(self, escaped_text: str) -> None:
        super().__init__()
        self._name = "Credits"
        self.text = escaped_text


def symbol_svg(category_key: str, size: int = 20) -> str:
    """The category's marker as inline SVG: its colour and its own shape, white-edged."""
    cat = category(category_key)
    half = size / 2 + 1
    box = size + 2
    if cat.shape == "circle":
        body = f'<circle cx="{half}" cy="{half}" r="{size / 2 - 0.5}"'
    else:
        points = " ".join(f"{x + half:.2f},{y + half:.2f}" for x, y in outline_points(cat.shape, size))
        body = f'<polygon points="{points}"'
    return (f'<svg xmlns="http://www.w3.org/2000/svg" width="{box}" height="{box}" viewBox="0 0 {box} {box}" '
            f'role="img" aria-label="{html.escape(cat.label)}">{body} fill="{cat.colour}" '
            'stroke="#ffffff" stroke-width="1.6"/></svg>')


def _geometry_json(shapes) -> list:
    shapes = shapely.set_precision(np.asarray(shapes, dtype=object), PRECISION_DEGREES)
    return [shapely.geometry.mapping(s) for s in shapes]


def _feature_collection(shapes, properties: list[dict] | None = None) -> dict:
    properties = properties or [{} for _ in shapes]
    return {"type": "FeatureCollection", "features": [
        {"type": "Feature", "geometry": g, "properties": p}
        for g, p in zip(_geometry_json(shapes), properties) if g and g.get("coordinates") != ()]}


def popup_html(asset: PublicAsset) -> str:
    lines = [f"<h3>{html.escape(asset.name)}</h3>", f'<p class="am-kind">{html.escape(say(asset.kind))}</p>']
    for label, value in (("", asset.description), (say("Address"), asset.address),
                         (say("Opening times"), asset.opening_times), (say("Access"), asset.accessibility),
                         (say("Contact"), asset.contact), (say("Tags"), asset.tags), (say("Story"), asset.story)):
        if value:
            prefix = f"<b>{html.escape(label)}:</b> " if label else ""
            lines.append(f"<p>{prefix}{html.escape(value)}</p>")
    if asset.withheld:
        withheld = say("Shown to the nearest 250 m to protect the person's privacy.")
        lines.append(f"<p><i>{html.escape(withheld)}</i></p>")
    return f'<div class="am-popup">{"".join(lines)}</div>'


def _legend_html(counts: dict[str, int], with_gaps: bool, distance: float | None) -> str:
    rows = [f"<div>{symbol_svg(c.key, 16)}<span>{html.escape(say(c.plural))} ({counts.get(c.key, 0)})</span></div>"
            for c in CATEGORIES]
    if with_gaps:
        rows.append('<div><svg width="18" height="14"><rect width="18" height="14" fill="#B22222" '
                    'fill-opacity="0.28" stroke="#6B1D1D" stroke-dasharray="4 3"/></svg>'
                    f"<span>{html.escape(say('More than {metres:,.0f} m walk from a kind of asset', metres=distance))}"
                    "</span></div>")
    key = html.escape(say("Key"))
    return f'<div class="am-legend" role="region" aria-label="{key}"><h2>{key}</h2>{"".join(rows)}</div>'


def build_webmap(project: Project, include_names: bool = False, gap_distance: float | None = 800.0,
                 progress: Progress = NO_PROGRESS) -> folium.Map:
    assets = public_assets(project, include_names)
    progress.step(0.05, say("Placing the ward"))
    bounds = _ward_bounds(project, assets)
    # No tile layer to say how far the map zooms, and the clusters need to know.
    fmap = OfflineMap(location=None, tiles=None, control_scale=True, prefer_canvas=True,
                      zoom_control=True)
    fmap.options.update(maxZoom=19, minZoom=8)
    fmap.fit_bounds([[bounds[1], bounds[0]], [bounds[3], bounds[2]]])
    root = fmap.get_root()
    root.header.add_child(folium.Element(_inline_assets()), name="assetmap_inline")
    root.title = project.info.name
    for index, (key, style) in enumerate(BASEMAP_STYLES.items()):
        features = [f.geometry for f in project.basemap.get(key, []) if f.geometry is not None]
        if features:
            progress.step(0.1 + 0.3 * index / len(BASEMAP_STYLES), say("Drawing {layer}",
                                                                       layer=say(BASEMAP_NAMES[key]).lower()))
            fmap.add_child(InlineLayer(_feature_collection(features), say(BASEMAP_NAMES[key]), style))
    gaps_shown = False
    if gap_distance and project.boundary is not None:
        gaps_shown = _add_gap_layers(fmap, project, gap_distance, progress)
    links = _link_lines(project, include_names)
    if links["features"]:
        fmap.add_child(InlineLayer(links, say("Links between people, groups and places"), LINK_STYLE,
                                   show=False, popups=True))
    progress.step(0.8, say("Placing assets"))
    counts: dict[str, int] = {}
    for cat in CATEGORIES:
        members = [a for a in assets if a.category == cat.key]
        counts[cat.key] = len(members)
        if not members:
            continue
        data = _feature_collection([a.geometry.representative_point() for a in members],
                                   [{"n": a.name, "p": popup_html(a)} for a in members])
        fmap.add_child(AssetCluster(data, f"{say(cat.plural)} ({len(members)})", symbol_svg(cat.key)))
    folium.LayerControl(collapsed=False, position="topright").add_to(fmap)
    subtitle = project.info.description or say("Community assets: what the ward has")
    if not include_names:
        subtitle += " · " + say("names of people withheld")
    fmap.get_root().html.add_child(folium.Element(
        f'<div class="am-title" role="banner"><h1>{html.escape(project.info.name)}</h1>'
        f"<p>{html.escape(subtitle)}</p></div>"
        + _legend_html(counts, gaps_shown, gap_distance)))
    credits = " · ".join(c for c in (project.info.credits, say("made with assetmap")) if c)
    fmap.add_child(Credits(html.escape(credits)))
    progress.step(0.95, say("Writing the page"))
    return fmap


def _ward_bounds(project: Project, assets: list[PublicAsset]) -> tuple[float, float, float, float]:
    if project.boundary is not None:
        return project.boundary.bounds
    if assets:
        return shapely.GeometryCollection([a.geometry for a in assets]).bounds
    raise AssetmapError(say("{name}: the ward has no boundary and no assets to map", name=project.info.name))


def _add_gap_layers(fmap: folium.Map, project: Project, distance: float, progress: Progress) -> bool:
    from assetmap.analysis.walking import to_metric, ward_coverage

    _, home = to_metric(project.info.metric_crs)
    results = ward_coverage(project, (distance,), progress=progress.scaled(0.4, 0.75))
    added = False
    for result in results:
        if result.uncovered.is_empty:
            continue
        shape = home(result.uncovered.simplify(5))
        name = say("Gap: more than {metres:,.0f} m from {kind}", metres=distance,
                   kind=say(category(result.category).plural).lower())
        fmap.add_child(InlineLayer(_feature_collection([shape]), name, GAP_STYLE, show=False))
        added = True
    return added


def _link_lines(project: Project, include_names: bool) -> dict:
    """Links drawn between where groups meet and the areas people live in (coarsened)."""
    places = {a.id: a.location for a in project.assets if a.location}
    where: dict[str, tuple[float, float]] = {}
    for group in project.groups:
        if group.meeting_place_id in places:
            where[group.id] = places[group.meeting_place_id]
    for person in project.people:
        if person.area_location:
            point = coarse_point(*person.area_location) if not include_names else None
            where[person.id] = (point.x, point.y) if point else person.area_location
    where.update(places)
    names = {g.id: g.name for g in project.groups} | person_labels(project, include_names) | \
        {a.id: a.name for a in project.assets}
    lines, props = [], []
    for link in project.links:
        a, b = where.get(link.source_id), where.get(link.target_id)
        if a and b and a != b:
            lines.append(shapely.LineString([a, b]))
            words = say(LINK_WORDS.get(link.type, link.type))
            props.append({"p": html.escape(f"{names.get(link.source_id, '?')} {words} {names.get(link.target_id, '?')}")})
    return _feature_collection(lines, props) if lines else {"type": "FeatureCollection", "features": []}


class _LoadFinder(HTMLParser):
    """Addresses a browser would fetch on opening the page (links a reader may click are not)."""

    LOADING = {"script": "src", "img": "src", "iframe": "src", "link": "href", "source": "src",
               "video": "src", "audio": "src", "embed": "src", "object": "data"}

    def __init__(self) -> None:
        super().__init__()
        self.loads: list[str] = []
        self._in_style = False

    def handle_starttag(self, tag: str, attrs: list) -> None:
        wanted = self.LOADING.get(tag)
        for name, value in attrs:
            if name == wanted and value and not value.startswith("data:"):
                self.loads.append(value)
        self._in_style = tag == "style"

    def handle_endtag(self, tag: str) -> None:
        self._in_style = False

    def handle_data(self, data: str) -> None:
        if self._in_style:
            self.loads += [u for u in re.findall(r"url\(\s*['\"]?([^)'\"]+)", data) if not u.startswith(("data:", "#"))]
            self.loads += re.findall(r"@import\s+['\"]?([^'\";]+)", data)


def external_loads(page: str) -> list[str]:
    finder = _LoadFinder()
    finder.feed(page)
    return finder.loads


def write_webmap(project: Project, path: Path, include_names: bool = False,
                 gap_distance: float | None = 800.0, progress: Progress = NO_PROGRESS) -> Path:
    path = Path(path)
    if path.suffix.lower() not in (".html", ".htm"):
        raise AssetmapError(say("{path}: a web map is an .html file", path=path))
    page = build_webmap(project, include_names, gap_distance, progress).get_root().render()
    outside = external_loads(page)
    if outside:  # a bug in this module, never the user's doing
        raise AssertionError(f"the web map would load outside addresses: {outside[:3]}")
    with atomic_output(path) as temp:
        temp.write_text(page, encoding="utf-8")
    progress.step(1.0, say("Done"))
    return path
