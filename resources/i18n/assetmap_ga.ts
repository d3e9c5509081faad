<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ga_IE">
<context>
    <name></name>
    <message>
        <location filename="../../assetmap/ui/add_form.py" line="30"/>
        <source>New asset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assetmap/ui/add_form.py" line="35"/>
        <source>Name of the new asset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assetmap/ui/add_form.py" line="36"/>
        <source>What is it called?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assetmap/ui/add_form.py" line="39"/>
        <location filename="../../assetmap/ui/attribute_panel.py" line="72"/>
        <location filename="../../assetmap/ui/import_wizard.py" line="46"/>
        <location filename="../../assetmap/ui/paper_marks.py" line="40"/>
        <location filename="../../assetmap/io/report_content.py" line="42"/>
        <source>Kind of asset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assetmap/ui/add_form.py" line="42"/>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assetmap/ui/add_form.py" line="43"/>
        <source>A few words (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assetmap/ui/add_form.py" line="45"/>
        <location filename="../../assetmap/ui/attribute_panel.py" line="38"/>
        <location filename="../../assetmap/ui/import_wizard.py" line="45"/>
        <location filename="../../assetmap/ui/people_panel.py" line="22"/>
        <location filename="../../assetmap/ui/people_panel.py" line="25"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assetmap/ui/add_form.py" line="46"/>
        <location filename="../../assetmap/ui/attribute_panel.py" line="84"/>
        <location filename="../../assetmap/ui/people_panel.py" line="61"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assetmap/ui/add_form.py" line="47"/>
        <location filename="../../assetmap/ui/attribute_panel.py" line="38"/>
        <location filename="../../assetmap/ui/people_panel.py" line="25"/>
        <source>About it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assetmap/ui/add_form.py" line="48"/>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assetmap/ui/add_form.py" line="52"/>
        <location filename="../../assetmap/ui/network_panel.py" line="45"/>
        <location filename="../../assetmap/ui/sharing.py" line="184"/>
        <location filename="../../assetmap/ui/window_imports.py" line="53"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assetmap/ui/add_form.py" line="82"/>
        <source>Please give it a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assetmap/ui/asset_list.py" line="112"/>
        <source>Search assets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assetmap/ui/asset_list.py" line="113"/>
        <source>Search by name, tag or address (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assetmap/ui/asset_list.py" line="117"/>
        <source>Show only one kind of asset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assetmap/ui/asset_list.py" line="118"/>
        <source>All kinds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assetmap/ui/asset_list.py" line="123"/>
        <source>Show only assets with a tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assetmap/ui/asset_list.py" line="127"/>
        <location filename="../../assetmap/ui/main_window.py" line="335"/>
        <source>Assets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assetmap/ui/asset_list.py" line="152"/>
        <source>Any tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assetmap/ui/attribute_panel.py" line="38"/>
        <location filename="../../assetmap/io/webmap.py" line="208"/>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assetmap/ui/attribute_panel.py" line="39"/>
        <location filename="../../assetmap/io/webmap.py" line="206"/>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assetmap/ui/attribute_panel.py" line="39"/>
        <location filename="../../assetmap/ui/people_panel.py" line="23"/>
        <location filename="../../assetmap/ui/people_panel.py" line="25"/>
        <location filename="../../assetmap/io/webmap.py" line="208"/>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assetmap/ui/attribute_panel.py" line="40"/>
        <location filename="../../assetmap/io/webmap.py" line="207"/>
        <source>Access</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assetmap/ui/attribute_panel.py" line="40"/>
        <location filename="../../assetmap/io/webmap.py" line="207"/>
        <source>Opening times</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assetmap/ui/attribute_panel.py" line="41"/>
        <location filename="../../assetmap/io/webmap.py" line="208"/>
        <source>Story</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assetmap/ui/attribute_panel.py" line="41"/>
        <source>Recorded by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assetmap/ui/attribute_panel.py" line="55"/>
        <location filename="../../assetmap/ui/attribute_panel.py" line="123"/>
        <source>Click an asset on the map or in the list to see and edit its details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assetmap/ui/attribute_panel.py" line="85"/>
        <source>comma-separated, e.g. food, youth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assetmap/ui/attribute_panel.py" line="87"/>
        <source>Recorded on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assetmap/ui/attribute_panel.py" line="90"/>
        <location filename="../../assetmap/ui/attribute_panel.py" line="103"/>
        <source>Photos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assetmap/ui/attribute_panel.py" line="94"/>
        <source>Add photo…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assetmap/ui/attribute_panel.py" line="97"/>
        <source>Remove photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assetmap/ui/attribute_panel.py" line="121"/>
        <source>{0} assets selected. Press Delete to remove them, or choose one to edit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assetmap/ui/attribute_panel.py" line="151"/>
        <source>T</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assetmap/ui/attribute_panel.py" line="151"/>
        <source>not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assetmap/ui/attribute_panel.py" line="175"/>
        <source>An asset needs a name; the old one was kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assetmap/ui/attribute_panel.py" line="183"/>
        <source>Change {0} of “{1}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assetmap/ui/attribute_panel.py" line="196"/>
        <source>{0}: cannot be read ({1})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assetmap/ui/attribute_panel.py" line="199"/>
        <source>{0}: too large for a photo (over 20 MB)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assetmap/ui/attribute_panel.py" line="202"/>
        <source>{0}: not a picture assetmap can show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assetmap/ui/attribute_panel.py" line="207"/>
        <source>Add a photo to “{0}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assetmap/ui/attribute_panel.py" line="210"/>
        <source>Add a photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assetmap/ui/attribute_panel.py" line="210"/>
        <source>Pictures (*.png *.jpg *.jpeg *.gif *.webp)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assetmap/ui/attribute_panel.py" line="221"/>
        <source>Remove a photo from “{0}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assetmap/ui/canvas.py" line="122"/>
        <location filename="../../assetmap/ui/main_window.py" line="94"/>
        <source>Map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assetmap/ui/canvas.py" line="124"/>
        <source>The ward map. Arrow keys move the map, plus and minus zoom, Delete removes the selected assets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assetmap/ui/gaps_panel.py" line="35"/>
        <source>Kind of asset to walk to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assetmap/ui/gaps_panel.py" line="39"/>
        <location filename="../../assetmap/ui/gaps_panel.py" line="44"/>
        <source>Walking distance in metres</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assetmap/ui/gaps_panel.py" line="43"/>
        <source> m</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assetmap/ui/gaps_panel.py" line="45"/>
        <source>Show the gaps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assetmap/ui/gaps_panel.py" line="49"/>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assetmap/ui/gaps_panel.py" line="52"/>
        <source>Shows the parts of the ward more than a walk from any asset of a kind, along the streets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assetmap/ui/gaps_panel.py" line="59"/>
        <location filename="../../assetmap/ui/gaps_panel.py" line="148"/>
        <source>What does the selected asset alone reach?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assetmap/ui/gaps_panel.py" line="61"/>
        <source>Its walking catchment, and the part of the ward no other asset of its kind reaches: what would be lost if it closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assetmap/ui/gaps_panel.py" line="65"/>
        <source>Count assets per hexagon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assetmap/ui/gaps_panel.py" line="67"/>
        <source>Shades the ward by how many assets lie in each 250 m hexagon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assetmap/ui/gaps_panel.py" line="69"/>
        <source>Keep as a layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assetmap/ui/gaps_panel.py" line="71"/>
        <source>Save this result in the ward, to show, print and export later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assetmap/ui/gaps_panel.py" line="73"/>
        <source>Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assetmap/ui/gaps_panel.py" line="75"/>
        <source>Write this result as a GeoPackage or GeoJSON file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assetmap/ui/gaps_panel.py" line="81"/>
        <source>Largest gaps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assetmap/ui/gaps_panel.py" line="83"/>
        <source>Walk to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assetmap/ui/gaps_panel.py" line="84"/>
        <source>Within</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assetmap/ui/gaps_panel.py" line="96"/>
        <source>Largest gaps:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assetmap/ui/gaps_panel.py" line="103"/>
        <location filename="../../assetmap/ui/gaps_panel.py" line="203"/>
        <source>The ward has no boundary yet: draw it (Map menu) or start the ward from a boundary file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assetmap/ui/gaps_panel.py" line="119"/>
        <source>Measuring walks along the streets…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assetmap/ui/gaps_panel.py" line="149"/>
        <source>Show the gaps for the {0} selected assets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assetmap/ui/gaps_panel.py" line="164"/>
        <source>Measuring walks from the asset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assetmap/ui/gaps_panel.py" line="170"/>
        <source>Measuring walks from the asset…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assetmap/ui/gaps_panel.py" line="174"/>
        <location filename="../../assetmap/ui/gaps_panel.py" line="175"/>
        <source> ({0:,} homes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assetmap/ui/gaps_panel.py" line="176"/>
        <source>{0:,.1f} ha of the ward{1} is within {2:,.0f} m of {3}; {4:,.1f} ha{5} is reached by no other asset of its kind: that is what would be lost if it closed (dark blue).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assetmap/ui/gaps_panel.py" line="186"/>
        <source>the {0} selected assets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assetmap/ui/gaps_panel.py" line="194"/>
        <source>More than {0:,.0f} m walk from {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assetmap/ui/gaps_panel.py" line="199"/>
        <source>Measuring walks from {0}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assetmap/ui/gaps_panel.py" line="215"/>
        <source>Counting assets…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assetmap/ui/gaps_panel.py" line="221"/>
        <source>{0} hexagons of 250 m: {1} hold no asset, the busiest holds {2}. Darker is more (see the key in Layers).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assetmap/ui/gaps_panel.py" line="232"/>
        <source>Export the result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assetmap/ui/gaps_panel.py" line="233"/>
        <source>GeoPackage (*.gpkg);;GeoJSON (*.geojson)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assetmap/ui/gaps_panel.py" line="241"/>
        <source>Saved {0} to {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assetmap/ui/gaps_panel.py" line="251"/>
        <source>along the streets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assetmap/ui/gaps_panel.py" line="252"/>
        <source>in a straight line (the ward has no streets)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assetmap/ui/gaps_panel.py" line="254"/>
        <source> {0:.0f}% of homes are beyond reach.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assetmap/ui/gaps_panel.py" line="255"/>
        <source>a {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assetmap/ui/gaps_panel.py" line="256"/>
        <source>{0:.0f}% of the ward is within {1:.0f} m of {2}, measured {3}.{4} Gaps are hatched on the map.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assetmap/ui/gaps_panel.py" line="261"/>
        <source>{0:,.1f} ha</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assetmap/ui/import_wizard.py" line="23"/>
        <source>(not used)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assetmap/ui/import_wizard.py" line="24"/>
        <source>(the same kind for every row)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assetmap/ui/import_wizard.py" line="34"/>
        <source>Import assets from {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assetmap/ui/import_wizard.py" line="48"/>
        <source>Kind for rows that do not say</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assetmap/ui/import_wizard.py" line="51"/>
        <location filename="../../assetmap/ui/paper_marks.py" line="56"/>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assetmap/ui/import_wizard.py" line="52"/>
        <location filename="../../assetmap/ui/paper_marks.py" line="55"/>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assetmap/ui/import_wizard.py" line="53"/>
        <source>Kind when a row does &amp;not say:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assetmap/ui/import_wizard.py" line="54"/>
        <source>Latitude or northing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assetmap/ui/import_wizard.py" line="55"/>
        <source>Longitude or easting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assetmap/ui/import_wizard.py" line="57"/>
        <source>How positions are written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assetmap/ui/import_wizard.py" line="60"/>
        <source>Latitude and longitude</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assetmap/ui/import_wizard.py" line="62"/>
        <source>The two position columns are &amp;swapped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assetmap/ui/import_wizard.py" line="65"/>
        <source>&amp;Latitude / northing:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assetmap/ui/import_wizard.py" line="66"/>
        <source>L&amp;ongitude / easting:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assetmap/ui/import_wizard.py" line="67"/>
        <source>&amp;Positions are in:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assetmap/ui/import_wizard.py" line="69"/>
        <source>&amp;Merge repeats (same name within 25 m) into the asset already there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assetmap/ui/import_wizard.py" line="71"/>
        <source>Skip assets more than 1 km &amp;outside the ward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assetmap/ui/import_wizard.py" line="81"/>
        <source>Rows of the file and what will happen to each</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assetmap/ui/import_wizard.py" line="88"/>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assetmap/ui/import_wizard.py" line="112"/>
        <source>{0} column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assetmap/ui/import_wizard.py" line="151"/>
        <source>Will be added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assetmap/ui/import_wizard.py" line="153"/>
        <source>Repeats “{0}”: merged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assetmap/ui/import_wizard.py" line="155"/>
        <source>Skipped: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assetmap/ui/import_wizard.py" line="162"/>
        <source>{0} repeat(s) will be merged into assets already there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assetmap/ui/import_wizard.py" line="163"/>
        <source>{0} repeat(s) will be left out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assetmap/ui/import_wizard.py" line="164"/>
        <source>{0:,} asset(s) will be added; {1}; {2:,} row(s) skipped (see the first column).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assetmap/ui/import_wizard.py" line="171"/>
        <source>What happens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assetmap/ui/layers_panel.py" line="16"/>
        <location filename="../../assetmap/ui/print_layout.py" line="250"/>
        <location filename="../../assetmap/io/webmap.py" line="44"/>
        <source>Ward boundary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assetmap/ui/layers_panel.py" line="16"/>
        <location filename="../../assetmap/io/webmap.py" line="43"/>
        <source>Streets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assetmap/ui/layers_panel.py" line="16"/>
        <source>Rivers and water</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assetmap/ui/layers_panel.py" line="17"/>
        <location filename="../../assetmap/ui/print_layout.py" line="251"/>
        <source>Parks and green space</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assetmap/ui/layers_panel.py" line="17"/>
        <location filename="../../assetmap/ui/print_layout.py" line="251"/>
        <location filename="../../assetmap/io/webmap.py" line="43"/>
        <source>Buildings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assetmap/ui/layers_panel.py" line="59"/>
        <source>&lt;b&gt;Community assets&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assetmap/ui/layers_panel.py" line="64"/>
        <source>{0}: for example {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assetmap/ui/layers_panel.py" line="67"/>
        <source>&lt;b&gt;Background map&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assetmap/ui/layers_panel.py" line="73"/>
        <source>&lt;b&gt;Network&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assetmap/ui/layers_panel.py" line="74"/>
        <source>Links between people and groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assetmap/ui/layers_panel.py" line="75"/>
        <source>Draws each link on the map: groups at their meeting place, people at their approximate home area (never an address)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assetmap/ui/layers_panel.py" line="78"/>
        <source>Gaps beyond walking distance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assetmap/ui/layers_panel.py" line="80"/>
        <source>Hatched: parts of the ward too far to walk from any asset of the kind chosen in the Walking gaps panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assetmap/ui/layers_panel.py" line="113"/>
        <source>&lt;b&gt;Kept results&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assetmap/ui/layers_panel.py" line="120"/>
        <location filename="../../assetmap/ui/layers_panel.py" line="141"/>
        <source>Show {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assetmap/ui/layers_panel.py" line="126"/>
        <source>Remove {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assetmap/ui/layers_panel.py" line="127"/>
        <source>Remove “{0}” from the ward (undo brings it back)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assetmap/ui/layers_panel.py" line="135"/>
        <source>&lt;span style=&apos;background:{0}&apos;&gt;&amp;nbsp;&amp;nbsp;&amp;nbsp;&amp;nbsp;&lt;/span&gt;&amp;nbsp;{1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assetmap/ui/main_window.py" line="95"/>
        <source>Network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assetmap/ui/main_window.py" line="108"/>
        <source>Undo history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assetmap/ui/main_window.py" line="109"/>
        <source>Opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assetmap/ui/main_window.py" line="148"/>
        <source>Added {0}, {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assetmap/ui/main_window.py" line="149"/>
        <source>Removed {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assetmap/ui/main_window.py" line="196"/>
        <source>&amp;New ward…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assetmap/ui/main_window.py" line="197"/>
        <source>Start a map of a new ward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assetmap/ui/main_window.py" line="198"/>
        <source>&amp;Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assetmap/ui/main_window.py" line="199"/>
        <source>Open a ward you saved before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assetmap/ui/main_window.py" line="200"/>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assetmap/ui/main_window.py" line="200"/>
        <source>Save this ward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assetmap/ui/main_window.py" line="201"/>
        <source>Save &amp;as…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assetmap/ui/main_window.py" line="202"/>
        <source>Save this ward under another name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assetmap/ui/main_window.py" line="203"/>
        <source>&amp;Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assetmap/ui/main_window.py" line="204"/>
        <source>Bring in assets from a spreadsheet, or a background map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assetmap/ui/main_window.py" line="205"/>
        <source>&amp;Export map picture…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assetmap/ui/main_window.py" line="206"/>
        <source>Save the map as a picture or PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assetmap/ui/main_window.py" line="208"/>
        <source>Export &amp;data…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assetmap/ui/main_window.py" line="209"/>
        <source>Save the assets for QGIS, Google Earth, a spreadsheet or Gephi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assetmap/ui/main_window.py" line="211"/>
        <source>Export &amp;web map…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assetmap/ui/main_window.py" line="212"/>
        <source>Save an interactive map as one web page that works without the internet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assetmap/ui/main_window.py" line="213"/>
        <source>&amp;Print map…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assetmap/ui/main_window.py" line="214"/>
        <source>A page with title, key, scale bar and north arrow, A4 to A0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assetmap/ui/main_window.py" line="215"/>
        <source>Write &amp;report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assetmap/ui/main_window.py" line="216"/>
        <source>A ward asset profile as PDF or Word</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assetmap/ui/main_window.py" line="217"/>
        <source>Auto&amp;save…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assetmap/ui/main_window.py" line="218"/>
        <source>How often a recovery copy of unsaved changes is kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assetmap/ui/main_window.py" line="219"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assetmap/ui/main_window.py" line="220"/>
        <location filename="../../assetmap/ui/main_window.py" line="383"/>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assetmap/ui/main_window.py" line="221"/>
        <location filename="../../assetmap/ui/workshop.py" line="155"/>
        <source>Undo the last change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assetmap/ui/main_window.py" line="222"/>
        <location filename="../../assetmap/ui/main_window.py" line="386"/>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assetmap/ui/main_window.py" line="223"/>
        <source>Redo what you undid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assetmap/ui/main_window.py" line="224"/>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assetmap/ui/main_window.py" line="225"/>
        <source>Remove the selected assets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assetmap/ui/main_window.py" line="226"/>
        <source>&amp;Find…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assetmap/ui/main_window.py" line="227"/>
        <source>Search the assets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assetmap/ui/main_window.py" line="228"/>
        <source>&amp;Add an asset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assetmap/ui/main_window.py" line="229"/>
        <source>Click the map to add an asset there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assetmap/ui/main_window.py" line="230"/>
        <source>Show the whole &amp;ward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assetmap/ui/main_window.py" line="233"/>
        <source>Show the &amp;selection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assetmap/ui/main_window.py" line="235"/>
        <source>Zoom &amp;in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assetmap/ui/main_window.py" line="237"/>
        <source>Zoom &amp;out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assetmap/ui/main_window.py" line="240"/>
        <source>Online map &amp;tiles (needs the internet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assetmap/ui/main_window.py" line="241"/>
        <source>Show OpenStreetMap&apos;s map under yours. Off by default: assetmap makes no network connection unless you switch this on. Tiles seen are kept for use offline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assetmap/ui/main_window.py" line="245"/>
        <source>&amp;Workshop mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assetmap/ui/main_window.py" line="246"/>
        <source>Full screen, large type, big tiles and a tally, for mapping together in a hall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assetmap/ui/main_window.py" line="248"/>
        <source>Draw the ward &amp;boundary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assetmap/ui/main_window.py" line="250"/>
        <source>Click round the ward&apos;s edge; press Enter to finish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assetmap/ui/main_window.py" line="252"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assetmap/ui/main_window.py" line="255"/>
        <source>Open &amp;recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assetmap/ui/main_window.py" line="270"/>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assetmap/ui/main_window.py" line="273"/>
        <source>&amp;Map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assetmap/ui/main_window.py" line="275"/>
        <source>Kind of asset to &amp;add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assetmap/ui/main_window.py" line="278"/>
        <source>&amp;{0} {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assetmap/ui/main_window.py" line="291"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assetmap/ui/main_window.py" line="294"/>
        <source>&amp;High contrast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assetmap/ui/main_window.py" line="295"/>
        <source>Black on white with thick outlines and a strong focus ring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assetmap/ui/main_window.py" line="298"/>
        <source>Marks from a &amp;paper map…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assetmap/ui/main_window.py" line="299"/>
        <source>Type the marks from a printed poster by their square, like C4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assetmap/ui/main_window.py" line="300"/>
        <source>Priority &amp;votes…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assetmap/ui/main_window.py" line="301"/>
        <source>The dots each table put on assets, and their export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assetmap/ui/main_window.py" line="303"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assetmap/ui/main_window.py" line="304"/>
        <source>What the &amp;words mean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assetmap/ui/main_window.py" line="305"/>
        <source>The six kinds of asset, connectors and gaps, in plain words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assetmap/ui/main_window.py" line="306"/>
        <source>Take the &amp;tour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assetmap/ui/main_window.py" line="307"/>
        <location filename="../../assetmap/ui/welcome.py" line="73"/>
        <source>Five short steps round the window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assetmap/ui/main_window.py" line="308"/>
        <source>&amp;Welcome screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assetmap/ui/main_window.py" line="310"/>
        <source>&amp;About assetmap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assetmap/ui/main_window.py" line="312"/>
        <source>Main tools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assetmap/ui/main_window.py" line="323"/>
        <source>Add an asset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assetmap/ui/main_window.py" line="331"/>
        <source>Connectors and gaps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assetmap/ui/main_window.py" line="332"/>
        <source>People and groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assetmap/ui/main_window.py" line="333"/>
        <source>Walking gaps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assetmap/ui/main_window.py" line="334"/>
        <source>Layers and key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assetmap/ui/main_window.py" line="336"/>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assetmap/ui/main_window.py" line="337"/>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assetmap/ui/main_window.py" line="338"/>
        <source>Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assetmap/ui/main_window.py" line="383"/>
        <source>&amp;Undo {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assetmap/ui/main_window.py" line="386"/>
        <source>&amp;Redo {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assetmap/ui/main_window.py" line="413"/>
        <source>Keep “{0}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assetmap/ui/main_window.py" line="424"/>
        <source>Remove “{0}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assetmap/ui/main_window.py" line="497"/>
        <source>Move “{0}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assetmap/ui/main_window.py" line="508"/>
        <source>Delete {0} assets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assetmap/ui/main_window.py" line="537"/>
        <source>Draw the ward boundary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assetmap/ui/main_window.py" line="546"/>
        <source> (read-only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assetmap/ui/main_window.py" line="547"/>
        <source>{0}{1}{2}{3} — assetmap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assetmap/ui/main_window.py" line="556"/>
        <location filename="../../assetmap/ui/new_ward_dialog.py" line="50"/>
        <source>Save the ward as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assetmap/ui/main_window.py" line="567"/>
        <source>Could not save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assetmap/ui/main_window.py" line="567"/>
        <source>The ward was not saved to {0}:
{1}

The last saved copy is unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assetmap/ui/main_window.py" line="578"/>
        <source>Save changes?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assetmap/ui/main_window.py" line="579"/>
        <source>“{0}” has changes that are not saved. Save them first?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assetmap/ui/main_window.py" line="597"/>
        <source>Open a ward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assetmap/ui/main_window.py" line="612"/>
        <source>Someone is editing this ward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assetmap/ui/main_window.py" line="613"/>
        <source>{0} is open for editing by {1}.

Open it read-only? You can look and export, and keep changes only with Save as.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assetmap/ui/main_window.py" line="622"/>
        <source>Could not open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assetmap/ui/main_window.py" line="627"/>
        <source> read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assetmap/ui/main_window.py" line="643"/>
        <source>Could not start the ward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assetmap/ui/main_window.py" line="669"/>
        <source>No recent wards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assetmap/ui/model_texts.py" line="8"/>
        <source>Person&apos;s gift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assetmap/ui/model_texts.py" line="9"/>
        <source>People&apos;s gifts and skills</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assetmap/ui/model_texts.py" line="10"/>
        <source>a retired joiner who fixes things, a gardener, a bilingual neighbour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assetmap/ui/model_texts.py" line="11"/>
        <source>Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assetmap/ui/model_texts.py" line="12"/>
        <source>Groups and clubs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assetmap/ui/model_texts.py" line="13"/>
        <source>a youth club, a choir, a tenants&apos; association, a walking group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assetmap/ui/model_texts.py" line="14"/>
        <source>Institution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assetmap/ui/model_texts.py" line="15"/>
        <source>Institutions and services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assetmap/ui/model_texts.py" line="16"/>
        <source>a school, the library, a GP surgery, the council housing office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assetmap/ui/model_texts.py" line="17"/>
        <source>Place or space</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assetmap/ui/model_texts.py" line="18"/>
        <source>Places and spaces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assetmap/ui/model_texts.py" line="19"/>
        <source>a community hall, a park, allotments, a footpath</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assetmap/ui/model_texts.py" line="20"/>
        <location filename="../../assetmap/ui/model_texts.py" line="21"/>
        <source>Local economy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assetmap/ui/model_texts.py" line="22"/>
        <source>a corner shop, a café, a social enterprise, a market</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assetmap/ui/model_texts.py" line="23"/>
        <location filename="../../assetmap/ui/model_texts.py" line="24"/>
        <source>Culture and heritage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assetmap/ui/model_texts.py" line="25"/>
        <source>a mural, a festival, a local history, a place of worship</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assetmap/ui/network_panel.py" line="23"/>
        <source>{0} columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assetmap/ui/network_panel.py" line="42"/>
        <source>Find connectors and gaps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assetmap/ui/network_panel.py" line="51"/>
        <source>Analysis progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assetmap/ui/network_panel.py" line="54"/>
        <source>Finds the people who link groups together, and the gaps.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assetmap/ui/network_panel.py" line="57"/>
        <location filename="../../assetmap/io/report_content.py" line="43"/>
        <source>Connector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assetmap/ui/network_panel.py" line="57"/>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assetmap/ui/network_panel.py" line="57"/>
        <location filename="../../assetmap/ui/network_panel.py" line="59"/>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assetmap/ui/network_panel.py" line="58"/>
        <source>Gap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assetmap/ui/network_panel.py" line="59"/>
        <source>Introduce</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assetmap/ui/network_panel.py" line="60"/>
        <source>What if they step back?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assetmap/ui/network_panel.py" line="69"/>
        <location filename="../../assetmap/io/report_content.py" line="43"/>
        <source>Connectors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assetmap/ui/network_panel.py" line="70"/>
        <location filename="../../assetmap/io/report_content.py" line="45"/>
        <source>Gaps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assetmap/ui/network_panel.py" line="71"/>
        <source>Introductions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assetmap/ui/network_panel.py" line="107"/>
        <source>Arranging the network picture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assetmap/ui/network_panel.py" line="117"/>
        <source>Working…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assetmap/ui/network_panel.py" line="123"/>
        <source>Stopping…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assetmap/ui/network_panel.py" line="137"/>
        <source>Stopped. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assetmap/ui/network_panel.py" line="149"/>
        <source>{0} connectors, {1} gaps, {2} clusters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assetmap/ui/network_panel.py" line="193"/>
        <source>If {0} stepped back:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assetmap/ui/network_panel.py" line="195"/>
        <source>• left with no links: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assetmap/ui/network_panel.py" line="197"/>
        <source>• {0} people and groups, around {1}, would lose touch with the rest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assetmap/ui/network_panel.py" line="200"/>
        <source>• {0} would split into {1} parts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assetmap/ui/network_panel.py" line="202"/>
        <source>• everyone would still be linked: others carry the same ties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assetmap/ui/network_view.py" line="34"/>
        <source>Network picture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assetmap/ui/network_view.py" line="35"/>
        <source>People and groups and the links between them. Bigger shapes are stronger connectors; colours are clusters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assetmap/ui/new_ward_dialog.py" line="23"/>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assetmap/ui/new_ward_dialog.py" line="24"/>
        <source>Choose {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assetmap/ui/new_ward_dialog.py" line="44"/>
        <source>Start a new ward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assetmap/ui/new_ward_dialog.py" line="48"/>
        <location filename="../../assetmap/ui/new_ward_dialog.py" line="68"/>
        <source>Ward name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assetmap/ui/new_ward_dialog.py" line="49"/>
        <source>e.g. Castle Ward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assetmap/ui/new_ward_dialog.py" line="50"/>
        <source>Ward projects (*.gpkg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assetmap/ui/new_ward_dialog.py" line="52"/>
        <source>No boundary for now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assetmap/ui/new_ward_dialog.py" line="53"/>
        <source>From a file (GeoJSON, Shapefile, GeoPackage, KML…)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assetmap/ui/new_ward_dialog.py" line="54"/>
        <source>Draw it on the map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assetmap/ui/new_ward_dialog.py" line="56"/>
        <source>Boundary file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assetmap/ui/new_ward_dialog.py" line="56"/>
        <source>Map files (*.geojson *.json *.shp *.gpkg *.kml *.zip);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assetmap/ui/new_ward_dialog.py" line="58"/>
        <source>OpenStreetMap extracts or MBTiles (*.osm *.pbf *.mbtiles);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assetmap/ui/new_ward_dialog.py" line="69"/>
        <source>Save as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assetmap/ui/new_ward_dialog.py" line="70"/>
        <source>Boundary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assetmap/ui/new_ward_dialog.py" line="91"/>
        <source>choose where to save the new ward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assetmap/ui/new_ward_dialog.py" line="97"/>
        <source>choose the boundary file, or pick another boundary option</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assetmap/ui/new_ward_dialog.py" line="57"/>
        <location filename="../../assetmap/ui/new_ward_dialog.py" line="71"/>
        <source>Background map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assetmap/ui/new_ward_dialog.py" line="73"/>
        <source>Start the ward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assetmap/ui/paper_marks.py" line="25"/>
        <source>Marks from the paper map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assetmap/ui/paper_marks.py" line="29"/>
        <source>Square on the poster, like C4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assetmap/ui/paper_marks.py" line="30"/>
        <source>C4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assetmap/ui/paper_marks.py" line="34"/>
        <source>The mark&apos;s number on the paper (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assetmap/ui/paper_marks.py" line="43"/>
        <source>Name written on the mark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assetmap/ui/paper_marks.py" line="51"/>
        <source>Marks entered so far</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assetmap/ui/paper_marks.py" line="53"/>
        <source>&amp;Square:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assetmap/ui/paper_marks.py" line="54"/>
        <source>N&amp;umber:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assetmap/ui/paper_marks.py" line="60"/>
        <source>Type each mark&apos;s square and name, then press Enter. It lands in the middle of its square: drag it to the exact spot later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assetmap/ui/paper_marks.py" line="70"/>
        <source>The ward has no boundary, so the poster has no grid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assetmap/ui/paper_marks.py" line="80"/>
        <source>Type the name written on the mark.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assetmap/ui/paper_marks.py" line="85"/>
        <source>Mark {0} in square {1} of the paper map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assetmap/ui/paper_marks.py" line="86"/>
        <source>A mark in square {0} of the paper map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assetmap/ui/people_panel.py" line="47"/>
        <source>an estate or street, never a house</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assetmap/ui/people_panel.py" line="48"/>
        <source>YYYY-MM-DD; leave empty if not yet asked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assetmap/ui/people_panel.py" line="51"/>
        <source>Kind of group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assetmap/ui/people_panel.py" line="52"/>
        <source>Association (club, group, collective)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assetmap/ui/people_panel.py" line="53"/>
        <source>Institution (school, service, church)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assetmap/model/entities.py" line="208"/>
        <source>is a member of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assetmap/model/entities.py" line="208"/>
        <source>leads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assetmap/model/entities.py" line="209"/>
        <source>volunteers at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assetmap/model/entities.py" line="209"/>
        <source>knows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assetmap/model/entities.py" line="210"/>
        <source>works with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assetmap/model/entities.py" line="210"/>
        <source>meets at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assetmap/model/entities.py" line="210"/>
        <source>runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assetmap/model/entities.py" line="211"/>
        <source>uses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assetmap/ui/people_panel.py" line="22"/>
        <source>Gifts and skills</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assetmap/ui/people_panel.py" line="22"/>
        <source>Interests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assetmap/ui/people_panel.py" line="23"/>
        <source>Roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assetmap/ui/people_panel.py" line="23"/>
        <source>Home area (approximate)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assetmap/ui/people_panel.py" line="24"/>
        <source>Consent given on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assetmap/ui/people_panel.py" line="24"/>
        <source>Consent covers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assetmap/ui/people_panel.py" line="25"/>
        <source>Themes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assetmap/ui/people_panel.py" line="56"/>
        <source>Meeting place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assetmap/ui/people_panel.py" line="57"/>
        <source>Not known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assetmap/ui/people_panel.py" line="62"/>
        <source>Meets at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assetmap/ui/people_panel.py" line="90"/>
        <source>Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assetmap/ui/people_panel.py" line="91"/>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assetmap/ui/people_panel.py" line="92"/>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assetmap/ui/people_panel.py" line="110"/>
        <source>  (no consent recorded)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assetmap/ui/people_panel.py" line="132"/>
        <source>People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assetmap/ui/people_panel.py" line="133"/>
        <source>Groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assetmap/ui/people_panel.py" line="134"/>
        <source>Link the selected two…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assetmap/ui/people_panel.py" line="136"/>
        <source>Select two people or groups (Ctrl+click, or one in each list) and link them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assetmap/ui/people_panel.py" line="174"/>
        <source>Nothing was added: a name is needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assetmap/ui/people_panel.py" line="181"/>
        <source>Choose one to edit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assetmap/ui/people_panel.py" line="194"/>
        <source>people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assetmap/ui/people_panel.py" line="194"/>
        <source>groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assetmap/ui/people_panel.py" line="195"/>
        <source>Delete {0} {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assetmap/ui/people_panel.py" line="205"/>
        <source>a {0} and a {1} cannot be linked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assetmap/ui/people_panel.py" line="209"/>
        <source>Link {0} and {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assetmap/ui/people_panel.py" line="214"/>
        <source>Select exactly two people or groups to link (Ctrl+click to select a second).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assetmap/ui/people_panel.py" line="220"/>
        <source>How are they linked?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assetmap/ui/people_panel.py" line="220"/>
        <source>Link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assetmap/ui/report.py" line="44"/>
        <source>{0}: could not be written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assetmap/ui/report.py" line="52"/>
        <source>Community assets mapped in the ward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assetmap/ui/report.py" line="60"/>
        <source>{0}: the report is written as .pdf or .docx</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assetmap/ui/report.py" line="62"/>
        <source>Drawing the map and the network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assetmap/ui/report.py" line="66"/>
        <source>Writing the report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assetmap/ui/report.py" line="73"/>
        <location filename="../../assetmap/io/webmap.py" line="373"/>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assetmap/ui/sharing.py" line="36"/>
        <source>Export data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assetmap/ui/sharing.py" line="37"/>
        <source>GeoPackage (QGIS, ArcGIS)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assetmap/ui/sharing.py" line="37"/>
        <source>GeoJSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assetmap/ui/sharing.py" line="37"/>
        <source>CSV spreadsheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assetmap/ui/sharing.py" line="38"/>
        <source>KML (Google Earth, My Maps)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assetmap/ui/sharing.py" line="38"/>
        <source>Shapefile, zipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assetmap/ui/sharing.py" line="39"/>
        <source>Network for Gephi (GraphML)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assetmap/ui/sharing.py" line="39"/>
        <source>Network for Gephi (GEXF)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assetmap/ui/sharing.py" line="40"/>
        <source>Export web map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assetmap/ui/sharing.py" line="40"/>
        <source>Web page that works offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assetmap/ui/sharing.py" line="41"/>
        <source>Print map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assetmap/ui/sharing.py" line="41"/>
        <location filename="../../assetmap/ui/sharing.py" line="43"/>
        <source>PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assetmap/ui/sharing.py" line="41"/>
        <source>PNG picture, 300 dpi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assetmap/ui/sharing.py" line="42"/>
        <source>SVG drawing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assetmap/ui/sharing.py" line="43"/>
        <source>Write report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assetmap/ui/sharing.py" line="43"/>
        <source>Word document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assetmap/ui/sharing.py" line="55"/>
        <source>File format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assetmap/ui/sharing.py" line="59"/>
        <source>Save to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assetmap/ui/sharing.py" line="60"/>
        <source>&amp;Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assetmap/ui/sharing.py" line="65"/>
        <source>&amp;Format:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assetmap/ui/sharing.py" line="66"/>
        <source>Save &amp;to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assetmap/ui/sharing.py" line="72"/>
        <source>Title on the page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assetmap/ui/sharing.py" line="74"/>
        <source>Paper size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assetmap/ui/sharing.py" line="76"/>
        <source>&amp;Landscape</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assetmap/ui/sharing.py" line="78"/>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assetmap/ui/sharing.py" line="79"/>
        <source>&amp;Paper:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assetmap/ui/sharing.py" line="82"/>
        <source>Include walking &amp;gaps (800 m) as layers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assetmap/ui/sharing.py" line="85"/>
        <source>Include people&apos;s &amp;names and exact places</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assetmap/ui/sharing.py" line="86"/>
        <source>Off by default: people appear as &apos;Person N&apos; and homes only as areas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assetmap/ui/sharing.py" line="87"/>
        <source>I have these people&apos;s consent to share their names in this file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assetmap/ui/sharing.py" line="92"/>
        <source>Privacy check: personal data in this file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assetmap/ui/sharing.py" line="161"/>
        <source>no names: {0} people shown as &apos;Person N&apos; with their role, {1} individuals&apos; gifts without names and placed only to a 250 m square</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assetmap/ui/sharing.py" line="163"/>
        <source>names of {0} people and of {1} people offering their gifts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assetmap/ui/sharing.py" line="165"/>
        <source>contact details of {0} people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assetmap/ui/sharing.py" line="167"/>
        <source>{0} of these people have no consent recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assetmap/ui/sharing.py" line="196"/>
        <location filename="../../assetmap/ui/sharing.py" line="226"/>
        <source>Nothing was saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assetmap/ui/status.py" line="23"/>
        <source>Pointer position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assetmap/ui/status.py" line="26"/>
        <source>Grid reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assetmap/ui/status.py" line="29"/>
        <source>Map scale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assetmap/ui/status.py" line="54"/>
        <source>Scale 1:{0:,}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assetmap/ui/votes.py" line="37"/>
        <source>Priorities: the votes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assetmap/ui/votes.py" line="41"/>
        <source>{0} dots on {1} assets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assetmap/ui/votes.py" line="41"/>
        <source>No votes yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assetmap/ui/votes.py" line="45"/>
        <source>Votes per asset and per table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assetmap/ui/votes.py" line="46"/>
        <source>Asset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assetmap/ui/votes.py" line="46"/>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assetmap/ui/votes.py" line="47"/>
        <source>Table {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assetmap/ui/votes.py" line="54"/>
        <source>Export as CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assetmap/ui/votes.py" line="67"/>
        <source>Export the votes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assetmap/ui/votes.py" line="67"/>
        <source>CSV spreadsheet (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assetmap/ui/welcome.py" line="23"/>
        <source>for example {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assetmap/ui/welcome.py" line="25"/>
        <source>&lt;h2&gt;Mapping what a place has&lt;/h2&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assetmap/ui/welcome.py" line="26"/>
        <source>&lt;p&gt;Asset-based community development starts from what a community already has, not what it lacks. assetmap sorts what you find into six kinds:&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assetmap/ui/welcome.py" line="29"/>
        <source>&lt;p&gt;Each kind has its own colour &lt;i&gt;and&lt;/i&gt; its own shape, so the map reads without colour too.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assetmap/ui/welcome.py" line="31"/>
        <source>&lt;h3&gt;Connectors&lt;/h3&gt;&lt;p&gt;People who link groups that would otherwise not know each other: the volunteer at the youth club who also sings in the choir. A community with many connectors is strong; one that leans on a single person is fragile. &lt;i&gt;Find connectors and gaps&lt;/i&gt; lists them, with the reason for each.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assetmap/ui/welcome.py" line="35"/>
        <source>&lt;h3&gt;Gaps&lt;/h3&gt;&lt;p&gt;People or groups with no links, parts of the network that hang on one person, and parts of the ward too far to walk to a kind of asset (hatched on the map). A gap is a place to start a conversation, not a failing.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assetmap/ui/welcome.py" line="38"/>
        <source>&lt;h3&gt;Keys to know&lt;/h3&gt;&lt;p&gt;&lt;b&gt;A&lt;/b&gt; add an asset · &lt;b&gt;1-6&lt;/b&gt; choose its kind · &lt;b&gt;Enter&lt;/b&gt; place it · &lt;b&gt;Ctrl+Z&lt;/b&gt; undo · &lt;b&gt;Ctrl+F&lt;/b&gt; find · &lt;b&gt;F1&lt;/b&gt; this help · &lt;b&gt;F11&lt;/b&gt; workshop mode&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assetmap/ui/welcome.py" line="48"/>
        <source>Help: what the words mean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assetmap/ui/welcome.py" line="64"/>
        <source>Welcome to assetmap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assetmap/ui/welcome.py" line="65"/>
        <source>&lt;h1&gt;Map what your community has&lt;/h1&gt;&lt;p&gt;Put a ward&apos;s people, groups, places and stories on a map, see who links them together, and where the gaps are.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assetmap/ui/welcome.py" line="69"/>
        <source>Open the &amp;sample ward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assetmap/ui/welcome.py" line="69"/>
        <source>Millbrook, a made-up ward to try everything on: nothing you do there matters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assetmap/ui/welcome.py" line="71"/>
        <source>Start a &amp;new ward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assetmap/ui/welcome.py" line="71"/>
        <source>Give it a name, a boundary and, if you have one, a map of its streets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assetmap/ui/welcome.py" line="73"/>
        <source>Show me &amp;around</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assetmap/ui/welcome.py" line="76"/>
        <source>Recent wards: press Enter to open one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assetmap/ui/welcome.py" line="83"/>
        <source>Show this when assetmap starts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assetmap/ui/welcome.py" line="85"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assetmap/ui/welcome.py" line="92"/>
        <source>Recent wards:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assetmap/ui/welcome.py" line="136"/>
        <source>This is the ward&apos;s map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assetmap/ui/welcome.py" line="137"/>
        <source>Drag to move it and scroll to zoom. Ctrl+0 shows the whole ward again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assetmap/ui/welcome.py" line="138"/>
        <source>Add what the ward has</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assetmap/ui/welcome.py" line="139"/>
        <source>Press A (or this button), click the map where it is, choose its kind and type its name. Everything can be undone with Ctrl+Z.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assetmap/ui/welcome.py" line="141"/>
        <source>Six kinds of asset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assetmap/ui/welcome.py" line="142"/>
        <source>Each kind has a colour and a shape. Tick and untick them here to see one kind at a time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assetmap/ui/welcome.py" line="143"/>
        <source>Who links to whom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assetmap/ui/welcome.py" line="144"/>
        <source>Record people and groups and their links; Find connectors and gaps shows who holds the community together, and where it is thin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assetmap/ui/welcome.py" line="146"/>
        <source>What is too far to walk to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assetmap/ui/welcome.py" line="147"/>
        <source>Choose a kind of asset and a distance: the parts of the ward beyond that walk are hatched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assetmap/ui/welcome.py" line="175"/>
        <source>A short tour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assetmap/ui/welcome.py" line="185"/>
        <source>&amp;Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assetmap/ui/welcome.py" line="186"/>
        <location filename="../../assetmap/ui/welcome.py" line="219"/>
        <source>&amp;Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assetmap/ui/welcome.py" line="188"/>
        <source>&amp;Skip the tour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assetmap/ui/welcome.py" line="215"/>
        <source>&lt;h3&gt;{0}&lt;/h3&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assetmap/ui/welcome.py" line="217"/>
        <source>Step {0} of {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assetmap/ui/welcome.py" line="219"/>
        <source>&amp;Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assetmap/ui/window_help.py" line="25"/>
        <source>paper map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assetmap/ui/window_help.py" line="27"/>
        <source>Add “{0}” from the paper map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assetmap/ui/window_help.py" line="83"/>
        <source>About assetmap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assetmap/ui/window_help.py" line="84"/>
        <source>assetmap maps what a community has: its people&apos;s gifts, groups, institutions, places, local economy and culture. It works offline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assetmap/ui/window_imports.py" line="22"/>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assetmap/ui/window_imports.py" line="22"/>
        <source>Spreadsheets and maps (*.csv *.tsv *.txt *.xlsx *.geojson *.json *.kml *.kmz *.gpx *.shp *.zip *.gpkg *.osm *.pbf *.mbtiles);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assetmap/ui/window_imports.py" line="39"/>
        <location filename="../../assetmap/ui/window_imports.py" line="81"/>
        <source>Nothing was imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assetmap/ui/window_imports.py" line="53"/>
        <source>Reading {0}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assetmap/ui/window_imports.py" line="76"/>
        <source>Which coordinate system?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assetmap/ui/window_imports.py" line="77"/>
        <source>{0} does not say how its positions are written.
Choose one, or type a code such as EPSG:32630:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assetmap/ui/window_imports.py" line="112"/>
        <source>Export the map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assetmap/ui/window_imports.py" line="113"/>
        <source>PNG picture (*.png);;PDF (*.pdf);;SVG drawing (*.svg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assetmap/ui/window_imports.py" line="119"/>
        <source>Could not export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assetmap/ui/window_recovery.py" line="34"/>
        <source>Autosave</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assetmap/ui/window_recovery.py" line="34"/>
        <source>Keep a recovery copy of unsaved changes every how many minutes?
(0 switches autosave off)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assetmap/ui/window_recovery.py" line="38"/>
        <source>Autosave is off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assetmap/ui/window_recovery.py" line="61"/>
        <source>Restore unsaved changes?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assetmap/ui/window_recovery.py" line="62"/>
        <source>assetmap closed without saving changes to “{0}”. A copy was kept at {1} UTC.

Restore those changes? (Your saved ward stays as it is until you save.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assetmap/ui/window_recovery.py" line="70"/>
        <source>Could not restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assetmap/ui/workshop.py" line="46"/>
        <source>Add an asset here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assetmap/ui/workshop.py" line="51"/>
        <source>What kind of thing is it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assetmap/ui/workshop.py" line="58"/>
        <source>{0}, key {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assetmap/ui/workshop.py" line="66"/>
        <source>Its name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assetmap/ui/workshop.py" line="67"/>
        <source>Its name, then Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assetmap/ui/workshop.py" line="71"/>
        <source>A story or note about it (type, or use dictation)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assetmap/ui/workshop.py" line="72"/>
        <source>A story or note (optional): type it, or dictate it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assetmap/ui/workshop.py" line="109"/>
        <source>What kind of thing is it? (a tile, or keys 1-6)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assetmap/ui/workshop.py" line="126"/>
        <source>What is it called? Type its name and press Enter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assetmap/ui/workshop.py" line="148"/>
        <source>Workshop tools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assetmap/ui/workshop.py" line="151"/>
        <source>What has been mapped so far</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assetmap/ui/workshop.py" line="153"/>
        <source>↶  Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assetmap/ui/workshop.py" line="157"/>
        <source>Leave workshop mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assetmap/ui/workshop.py" line="160"/>
        <source>Click the map where something is, pick what kind it is, type its name, press Enter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assetmap/ui/workshop.py" line="164"/>
        <source>Vote for priorities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assetmap/ui/workshop.py" line="168"/>
        <source>While on, clicking an asset puts one of your table&apos;s dots on it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assetmap/ui/workshop.py" line="181"/>
        <source>See the votes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assetmap/ui/workshop.py" line="287"/>
        <source>A new idea here? Pick its kind, name it, press Enter: your table&apos;s dot goes on it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assetmap/ui/workshop.py" line="300"/>
        <source>{0} votes for “{1}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assetmap/ui/workshop.py" line="333"/>
        <source>{0}: {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assetmap/ui/workshop.py" line="334"/>
        <source>Links made today ({0}): {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assetmap/ui/workshop.py" line="337"/>
        <source>Votes cast: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assetmap/ui/document.py" line="74"/>
        <source>{0}: opened read-only, as someone else is editing it; use Save as to keep your changes in another file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assetmap/ui/importing.py" line="18"/>
        <source>, {0} repeats merged into assets already on the map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assetmap/ui/importing.py" line="19"/>
        <source>, {0} rows skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assetmap/ui/importing.py" line="20"/>
        <source>Imported {0} assets from {1}{2}{3}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assetmap/ui/importing.py" line="31"/>
        <location filename="../../assetmap/ui/window_imports.py" line="97"/>
        <source>Import {0} assets from {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assetmap/ui/importing.py" line="37"/>
        <source>Import {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assetmap/ui/importing.py" line="41"/>
        <source>Credit OpenStreetMap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assetmap/ui/importing.py" line="43"/>
        <source>Import background map from {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assetmap/ui/importing.py" line="43"/>
        <source>Background map imported: {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assetmap/ui/importing.py" line="50"/>
        <source>Use {0} as the background</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assetmap/ui/importing.py" line="51"/>
        <source>Background tiles from {0} (zoom {1}-{2}). The ward file keeps a link to this file: keep them together.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assetmap/ui/importing.py" line="52"/>
        <source>{0}: assetmap cannot import {1} files yet (it reads spreadsheets, map files, OpenStreetMap extracts and MBTiles files)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assetmap/ui/importing.py" line="52"/>
        <source>this kind of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assetmap/ui/result_paint.py" line="29"/>
        <source>{0} or more assets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assetmap/ui/result_paint.py" line="31"/>
        <source>1 asset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assetmap/ui/result_paint.py" line="31"/>
        <source>{0} assets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assetmap/ui/result_paint.py" line="32"/>
        <source>{0}-{1} assets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assetmap/ui/workers.py" line="53"/>
        <source>Something went wrong ({0}: {1}). Please report it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assetmap/errors.py" line="29"/>
        <source>{path}, row {row}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assetmap/errors.py" line="31"/>
        <source>{where}: {problem} (and {count} more problem(s)); nothing was imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assetmap/errors.py" line="34"/>
        <source>{where}: {problem}; nothing was imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assetmap/io/asset_import.py" line="79"/>
        <source>names taken from column {column!r}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assetmap/io/asset_import.py" line="84"/>
        <source>positions taken from columns {y!r} and {x!r}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assetmap/io/asset_import.py" line="121"/>
        <source>{path}: has no column {column!r} (its columns: {columns})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assetmap/io/asset_import.py" line="135"/>
        <source>cannot fill {field!r}: choose one of name, category, latitude, longitude, easting, northing, tags, {fields}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assetmap/io/asset_import.py" line="188"/>
        <source>{path}: no column holds names; choose one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assetmap/io/asset_import.py" line="190"/>
        <source>{path}: no columns hold positions (latitude/longitude or eastings/northings); choose them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assetmap/io/asset_import.py" line="193"/>
        <source>{path}: no column says which kind of asset each row is; choose one kind for all (--category, one of {kinds})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assetmap/io/asset_import.py" line="196"/>
        <source>Reading positions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assetmap/io/asset_import.py" line="207"/>
        <location filename="../../assetmap/io/csv_network.py" line="58"/>
        <location filename="../../assetmap/io/csv_network.py" line="125"/>
        <source>blank row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assetmap/io/asset_import.py" line="207"/>
        <location filename="../../assetmap/io/csv_network.py" line="62"/>
        <source>the name is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assetmap/io/asset_import.py" line="211"/>
        <source>outside the ward (more than {metres:,.0f} m beyond its boundary)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assetmap/io/asset_import.py" line="216"/>
        <source>kind {kind!r} is not one of {kinds}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assetmap/io/asset_import.py" line="222"/>
        <source>Checking rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assetmap/io/asset_import.py" line="246"/>
        <source>Making assets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assetmap/io/asset_import.py" line="247"/>
        <source>Looking for assets the ward already has</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assetmap/io/asset_import.py" line="294"/>
        <source>no position: {y_column} {y!r}, {x_column} {x!r} are not both numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assetmap/io/asset_import.py" line="297"/>
        <location filename="../../assetmap/io/asset_import.py" line="322"/>
        <source>the position is 0, 0 (a missing position written as zeros)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assetmap/io/asset_import.py" line="299"/>
        <source>the position {y}, {x} is out of range for {crs}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assetmap/io/asset_import.py" line="316"/>
        <source>no position (the feature has no geometry)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assetmap/io/asset_import.py" line="320"/>
        <source>the position is out of range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assetmap/io/asset_import.py" line="326"/>
        <source>the position is the origin of the {grid}, in the sea (an easting and northing of 0, 0 converted to latitude and longitude)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assetmap/io/asset_import.py" line="336"/>
        <source>the shape is broken beyond repair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assetmap/io/asset_import.py" line="430"/>
        <source>Add {count} assets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assetmap/io/asset_import.py" line="432"/>
        <source>Import {count} assets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assetmap/io/asset_sources.py" line="62"/>
        <location filename="../../assetmap/io/gpkg_store.py" line="73"/>
        <location filename="../../assetmap/io/map_files.py" line="21"/>
        <location filename="../../assetmap/io/mbtiles.py" line="47"/>
        <location filename="../../assetmap/io/osm_basemap.py" line="59"/>
        <location filename="../../assetmap/io/text_files.py" line="28"/>
        <source>{path}: no such file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assetmap/io/asset_sources.py" line="64"/>
        <location filename="../../assetmap/io/text_files.py" line="30"/>
        <source>{path}: is a folder, not a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assetmap/io/asset_sources.py" line="66"/>
        <location filename="../../assetmap/io/text_files.py" line="82"/>
        <source>{path}: the file is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assetmap/io/asset_sources.py" line="91"/>
        <source>the first row holds data, not column names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assetmap/io/asset_sources.py" line="121"/>
        <source>reading Excel files needs the openpyxl package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assetmap/io/asset_sources.py" line="126"/>
        <source>{path}: not an Excel workbook that can be read ({problem})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assetmap/io/asset_sources.py" line="133"/>
        <source>{path}: the first sheet is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assetmap/io/asset_sources.py" line="139"/>
        <source>Read {number:,} rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assetmap/io/asset_sources.py" line="144"/>
        <source>read the first sheet, {sheet!r}, of {count}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assetmap/io/asset_sources.py" line="154"/>
        <source>{path}: the file is damaged (not a readable zip archive)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assetmap/io/asset_sources.py" line="158"/>
        <source>{path}: refused, it would unpack to {megabytes:,.0f} MB (a damaged or hostile archive)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assetmap/io/asset_sources.py" line="163"/>
        <source>{path}: refused, the archive holds a file named {filename!r} that points outside it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assetmap/io/asset_sources.py" line="180"/>
        <location filename="../../assetmap/io/map_files.py" line="33"/>
        <source>{path}: not a map file GDAL can read ({problem})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assetmap/io/asset_sources.py" line="184"/>
        <source>{path}: has no layer {layer!r} (it has {layers})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assetmap/io/asset_sources.py" line="208"/>
        <source>{path}: holds no points or shapes to import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assetmap/io/asset_sources.py" line="213"/>
        <source>Reading {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assetmap/io/asset_sources.py" line="219"/>
        <source>{path}: layer {name!r} cannot be read ({problem})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assetmap/io/asset_sources.py" line="223"/>
        <source>{path}: does not say which coordinate system it uses; give it with --crs EPSG:N (or choose it in the import window)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assetmap/io/asset_sources.py" line="234"/>
        <source>read {count} layers (folders): {layers}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assetmap/io/asset_sources.py" line="247"/>
        <source>{path}: its coordinates cannot be converted to latitude and longitude ({problem})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assetmap/io/boundary.py" line="27"/>
        <source>{path}: no area is named {feature!r} (the first column holds: {sample})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assetmap/io/coordinates.py" line="19"/>
        <source>British National Grid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assetmap/io/coordinates.py" line="20"/>
        <source>Irish Grid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assetmap/io/coordinates.py" line="21"/>
        <source>Irish Transverse Mercator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assetmap/io/coordinates.py" line="23"/>
        <source>latitude and longitude</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assetmap/io/coordinates.py" line="88"/>
        <source>no row has two numbers for its position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assetmap/io/coordinates.py" line="96"/>
        <source>latitude and longitude look swapped: the column named for latitude holds longitudes ({share:.0%} of rows land in the ward when swapped)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assetmap/io/coordinates.py" line="99"/>
        <source>latitude and longitude look swapped: the column named for latitude holds longitudes ({share:.0%} of rows land in Britain or Ireland when swapped)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assetmap/io/coordinates.py" line="103"/>
        <source>the values are latitudes and longitudes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assetmap/io/coordinates.py" line="115"/>
        <source>eastings and northings in the {grid} ({crs}): {share:.0%} of rows land in the ward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assetmap/io/coordinates.py" line="118"/>
        <source>eastings and northings in the {grid} ({crs}): {share:.0%} of rows land in the land that grid covers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assetmap/io/coordinates.py" line="122"/>
        <source>; they could also be {grids}: check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assetmap/io/coordinates.py" line="122"/>
        <source> or </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assetmap/io/csv_network.py" line="31"/>
        <source>{path}: missing column(s) {missing} (found: {found})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assetmap/io/csv_network.py" line="32"/>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assetmap/io/csv_network.py" line="65"/>
        <source>id {external!r} is already used in row {row}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assetmap/io/csv_network.py" line="67"/>
        <source>id {external!r} is already used in the project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assetmap/io/csv_network.py" line="79"/>
        <source>kind {group_kind!r} is neither association nor institution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assetmap/io/csv_network.py" line="87"/>
        <source>meeting place {meeting!r} is not an asset in the project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assetmap/io/csv_network.py" line="95"/>
        <location filename="../../assetmap/io/csv_network.py" line="158"/>
        <source>{path}: no rows to import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assetmap/io/csv_network.py" line="119"/>
        <source>{text!r} is not a known id or name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assetmap/io/csv_network.py" line="120"/>
        <source>{text!r} names {count} records; use their ids</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assetmap/io/csv_network.py" line="132"/>
        <source>a link must join two different records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assetmap/io/csv_network.py" line="136"/>
        <source>a {source} and a {target} cannot be linked as {link_type!r}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assetmap/io/csv_network.py" line="138"/>
        <source>(no type)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assetmap/io/csv_network.py" line="143"/>
        <source>{first} and {second} are already linked as {link_type}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assetmap/io/csv_network.py" line="150"/>
        <source>weight {weight!r} is not a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assetmap/io/data_export.py" line="36"/>
        <source>{path}: cannot export to {suffix}; choose one of {formats}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assetmap/io/data_export.py" line="37"/>
        <source>a file without an extension</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assetmap/io/data_export.py" line="50"/>
        <source>{name}: the ward has no assets with a position to export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assetmap/io/gpkg_store.py" line="61"/>
        <source>{location}: the project file is damaged ({problem})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assetmap/io/gpkg_store.py" line="75"/>
        <source>{path}: is a folder, not a project file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assetmap/io/gpkg_store.py" line="78"/>
        <source>{path}: not a GeoPackage (it is not an SQLite file)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assetmap/io/gpkg_store.py" line="90"/>
        <source>{path}: the file is damaged or not a GeoPackage ({problem})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assetmap/io/gpkg_store.py" line="94"/>
        <source>{path}: not a GeoPackage (no gpkg_contents table)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assetmap/io/gpkg_store.py" line="98"/>
        <source>{path}: a GeoPackage, but not an assetmap project (no {table} table); import its layers into a project instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assetmap/io/gpkg_store.py" line="104"/>
        <source>{path}: saved by a newer assetmap (project file version {version}; this version reads up to {newest}); update assetmap to open it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assetmap/io/gpkg_store.py" line="166"/>
        <source>{path}: the project&apos;s schema version is missing or unreadable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assetmap/io/gpkg_store.py" line="347"/>
        <source>{path}: the file just written failed its check ({check})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assetmap/io/locking.py" line="38"/>
        <source>{user} on {host} ({program}, process {pid}, since {when} UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assetmap/io/locking.py" line="45"/>
        <source>another program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assetmap/io/locking.py" line="46"/>
        <source>{path}: is open for editing by {who}; close it there first, or open it read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assetmap/io/locking.py" line="173"/>
        <source>someone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assetmap/io/map_files.py" line="40"/>
        <source>{path}: holds no {noun} to use as {purpose}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assetmap/io/map_files.py" line="44"/>
        <source>{path}: does not say which coordinate system it uses; give it with --crs EPSG:N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assetmap/io/mbtiles.py" line="54"/>
        <source>{path}: not an MBTiles file ({problem})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assetmap/io/mbtiles.py" line="57"/>
        <source>{path}: not an MBTiles file (it has no tiles table)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assetmap/io/mbtiles.py" line="64"/>
        <source>{path}: the MBTiles file holds no tiles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assetmap/io/network_export.py" line="46"/>
        <source>{path}: the network can be written as {formats}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assetmap/io/osm_basemap.py" line="43"/>
        <source>{path}: not an OpenStreetMap extract GDAL can read ({problem})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assetmap/io/osm_basemap.py" line="101"/>
        <source>{path}: holds no streets, water, green space or buildings inside the ward boundary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assetmap/io/osm_basemap.py" line="103"/>
        <source>{path}: holds no streets, water, green space or buildings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assetmap/io/projects.py" line="22"/>
        <source>{path}: already exists; choose another name or delete it first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assetmap/io/projects.py" line="24"/>
        <source>{path}: a project file name must end in .gpkg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assetmap/io/projects.py" line="26"/>
        <source>the ward needs a name (--name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assetmap/io/projects.py" line="98"/>
        <source>row {row}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assetmap/io/projects.py" line="99"/>
        <source>{path}: no rows could be imported ({reasons})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assetmap/io/projects.py" line="100"/>
        <source>the file has no rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assetmap/io/projects.py" line="135"/>
        <source>cannot import {kind}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assetmap/io/public_view.py" line="95"/>
        <source>Person {number}{role}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assetmap/io/public_view.py" line="116"/>
        <source>names of {people} people and of {gifts} people offering their gifts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assetmap/io/public_view.py" line="120"/>
        <source>contact details of {count} people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assetmap/io/public_view.py" line="123"/>
        <source>{count} of these people have no consent recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assetmap/io/public_view.py" line="125"/>
        <source>no names: {people} people shown as &apos;Person N&apos; with their role, {gifts} individuals&apos; gifts without names and placed only to a 250 m square</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assetmap/io/report_content.py" line="42"/>
        <source>The ward&apos;s assets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assetmap/io/report_content.py" line="42"/>
        <source>Number mapped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assetmap/io/report_content.py" line="43"/>
        <source>The network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assetmap/io/report_content.py" line="44"/>
        <source>Why they matter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assetmap/io/report_content.py" line="44"/>
        <source>Nobody links otherwise separate clusters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assetmap/io/report_content.py" line="45"/>
        <source>Ward covered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assetmap/io/report_content.py" line="45"/>
        <source>Beyond reach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assetmap/io/report_content.py" line="46"/>
        <source>Suggested introductions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assetmap/io/report_content.py" line="46"/>
        <source>Priorities voted for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assetmap/io/report_content.py" line="47"/>
        <source>Asset or idea</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assetmap/io/report_content.py" line="47"/>
        <source>Votes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assetmap/io/report_content.py" line="47"/>
        <source>How this was worked out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assetmap/io/report_content.py" line="48"/>
        <source>{ward}: ward asset profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assetmap/io/report_content.py" line="57"/>
        <source>Analysing the network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assetmap/io/report_content.py" line="62"/>
        <source>{people} people and {groups} groups joined by {ties} links, in {clusters} clusters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assetmap/io/report_content.py" line="67"/>
        <source>... and {count} more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assetmap/io/report_content.py" line="68"/>
        <source>{first} and {second}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assetmap/io/report_content.py" line="71"/>
        <source>People are named in this report at the author&apos;s choice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assetmap/io/report_content.py" line="72"/>
        <source>People are not named: each appears as &apos;Person N&apos; with their role, and no home is shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assetmap/io/report_content.py" line="73"/>
        <source>Ward asset profile · {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assetmap/io/report_content.py" line="75"/>
        <source>a fictional sample ward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assetmap/io/report_content.py" line="87"/>
        <source>The ward has no boundary, so walking gaps were not measured.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assetmap/io/report_content.py" line="94"/>
        <source>{hectares:,.1f} ha</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assetmap/io/report_content.py" line="96"/>
        <source>{area}; {share:.0%} of homes beyond reach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assetmap/io/report_content.py" line="100"/>
        <source>Share of the ward within {metres:,.0f} m walk of each kind of asset, measured along the streets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assetmap/io/report_content.py" line="102"/>
        <source>Share of the ward within {metres:,.0f} m walk of each kind of asset, measured in a straight line (the ward has no streets).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assetmap/io/report_content.py" line="109"/>
        <source>Connectors are people who link otherwise separate parts of the network. Their score combines betweenness (how often they lie on the shortest path between others), Burt&apos;s constraint (how far their contacts are not tied to each other) and how many clusters they belong to. Clusters come from the Leiden method with a fixed seed, so the same data gives the same clusters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assetmap/io/report_content.py" line="115"/>
        <source>Betweenness was estimated from {count} sampled starting points.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assetmap/io/report_content.py" line="117"/>
        <source>Gaps are people and groups with no links, parts of the network that hang on one person or one link, and groups with no tie to an institution.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assetmap/io/report_content.py" line="120"/>
        <source>Walking gaps are the parts of the ward more than {metres:,.0f} m from an asset of a kind, along the streets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assetmap/io/report_content.py" line="123"/>
        <source>Assets were mapped with the six kinds of Asset-Based Community Development: people&apos;s gifts, groups, institutions, places, the local economy and culture.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assetmap/io/report_content.py" line="127"/>
        <source>The network only shows the links that were recorded: a missing link may simply not have been asked about.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assetmap/io/results.py" line="30"/>
        <source>each kind of asset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assetmap/io/results.py" line="32"/>
        <source>More than {metres:,.0f} m walk from {which}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assetmap/io/results.py" line="41"/>
        <source>Within {metres:,.0f} m of {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assetmap/io/results.py" line="46"/>
        <source>Reached only by {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assetmap/io/results.py" line="50"/>
        <source>Within {metres:,.0f} m walk of {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assetmap/io/results.py" line="59"/>
        <source>Assets per hexagon ({metres:,.0f} m)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assetmap/io/results.py" line="70"/>
        <source>{path}: results are written as {formats}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assetmap/io/results.py" line="78"/>
        <source>{path}: there are no results to write</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assetmap/io/street_lines.py" line="40"/>
        <source>{path}: none of its lines fall inside the ward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assetmap/io/text_files.py" line="32"/>
        <source>{path}: cannot be read ({strerror})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assetmap/io/text_files.py" line="41"/>
        <source>{path}: not a text file (it holds binary data)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assetmap/io/text_files.py" line="76"/>
        <source>{path}: {gigabytes:.1f} GB is too large to import at once; split it into smaller files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assetmap/io/text_files.py" line="99"/>
        <source>Read {count:,} rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assetmap/io/text_files.py" line="101"/>
        <source>{path}, row {line_num}: not valid CSV ({problem})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assetmap/io/webmap.py" line="42"/>
        <source>Green space</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assetmap/ui/print_layout.py" line="48"/>
        <source>paper {0}: choose one of {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assetmap/ui/print_layout.py" line="120"/>
        <source>Made with assetmap on {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assetmap/ui/print_layout.py" line="123"/>
        <source>Data: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assetmap/ui/print_layout.py" line="250"/>
        <location filename="../../assetmap/io/webmap.py" line="42"/>
        <source>Water</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assetmap/ui/print_layout.py" line="250"/>
        <source>Streets and paths</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assetmap/io/webmap.py" line="213"/>
        <source>Shown to the nearest 250 m to protect the person&apos;s privacy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assetmap/ui/print_layout.py" line="235"/>
        <location filename="../../assetmap/io/webmap.py" line="226"/>
        <source>Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assetmap/io/webmap.py" line="233"/>
        <source>Placing the ward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assetmap/io/webmap.py" line="246"/>
        <source>Drawing {layer}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assetmap/io/webmap.py" line="254"/>
        <source>Links between people, groups and places</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assetmap/io/webmap.py" line="256"/>
        <source>Placing assets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assetmap/ui/print_layout.py" line="86"/>
        <location filename="../../assetmap/io/webmap.py" line="267"/>
        <source>Community assets: what the ward has</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assetmap/io/webmap.py" line="269"/>
        <source>names of people withheld</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assetmap/io/webmap.py" line="274"/>
        <source>made with assetmap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assetmap/io/webmap.py" line="276"/>
        <source>Writing the page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assetmap/io/webmap.py" line="285"/>
        <source>{name}: the ward has no boundary and no assets to map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assetmap/io/webmap.py" line="298"/>
        <source>Gap: more than {metres:,.0f} m from {kind}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assetmap/io/webmap.py" line="366"/>
        <source>{path}: a web map is an .html file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assetmap/analysis/connectors.py" line="86"/>
        <source>the {area} cluster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assetmap/analysis/connectors.py" line="90"/>
        <source>the cluster around {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assetmap/analysis/connectors.py" line="102"/>
        <source>{items} and {last}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assetmap/analysis/connectors.py" line="113"/>
        <source>the only link between {inside} and {outside}: {others} people and groups depend on them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assetmap/analysis/connectors.py" line="124"/>
        <source>links {clusters} (belongs to {groups})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assetmap/analysis/connectors.py" line="125"/>
        <source>links {clusters}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assetmap/analysis/connectors.py" line="126"/>
        <source>lies on many of the shortest paths between others (betweenness {betweenness:.3f})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assetmap/analysis/density.py" line="42"/>
        <source>the ward has no boundary to lay a grid over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assetmap/analysis/engine.py" line="240"/>
        <source>Finding who lies between others</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assetmap/analysis/metrics.py" line="55"/>
        <source>Preparing the network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assetmap/analysis/metrics.py" line="57"/>
        <source>Finding clusters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assetmap/analysis/metrics.py" line="59"/>
        <source>Measuring brokerage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assetmap/analysis/metrics.py" line="63"/>
        <source>Finding weak points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assetmap/analysis/network_gaps.py" line="28"/>
        <source>{name} has no links to anyone yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assetmap/analysis/network_gaps.py" line="36"/>
        <source>{count} more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assetmap/analysis/network_gaps.py" line="39"/>
        <source>{names} are linked to each other but to no one else</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assetmap/analysis/network_gaps.py" line="64"/>
        <source>{cluster} ({size} people and groups) is tied to the rest through {person} alone, by one link ({inside} to {outside})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assetmap/analysis/network_gaps.py" line="70"/>
        <source>{cluster} ({size} people and groups) is tied to the rest by one link only, between {inside} and {outside}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assetmap/analysis/network_gaps.py" line="80"/>
        <source>every tie between {cluster} ({size} people and groups) and the rest runs through {person}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assetmap/analysis/network_gaps.py" line="91"/>
        <source>{count} people and groups would lose touch with the rest without {person}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assetmap/analysis/network_gaps.py" line="105"/>
        <source>no resident is linked to {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assetmap/analysis/network_gaps.py" line="113"/>
        <source>{name} has no tie to any school, service or other institution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assetmap/analysis/network_gaps.py" line="170"/>
        <source>both work on {themes}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assetmap/analysis/network_gaps.py" line="177"/>
        <source>they meet at the same place ({place})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assetmap/analysis/network_gaps.py" line="178"/>
        <source>they meet at the same place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assetmap/analysis/network_gaps.py" line="180"/>
        <source>they meet {metres:.0f} m apart ({first} and {second})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assetmap/analysis/network_gaps.py" line="182"/>
        <source>they meet {metres:.0f} m apart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assetmap/analysis/network_gaps.py" line="184"/>
        <source>an introduction would join {first} and {second}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assetmap/analysis/walking.py" line="245"/>
        <source>the ward has no boundary to measure gaps in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assetmap/analysis/walking.py" line="321"/>
        <source>Measuring walks to {key} assets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assetmap/analysis/walking.py" line="351"/>
        <source>no asset {asset_id!r} with a position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assetmap/model/commands.py" line="17"/>
        <source>Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assetmap/model/commands.py" line="33"/>
        <source>Add {kind} “{name}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assetmap/model/commands.py" line="63"/>
        <source>Delete {kind} “{name}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assetmap/model/commands.py" line="115"/>
        <source>Edit {kind} “{name}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assetmap/model/commands.py" line="165"/>
        <source>Delete {count} records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assetmap/model/commands.py" line="206"/>
        <source>Arrange the network picture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assetmap/model/entities.py" line="110"/>
        <source>record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assetmap/model/entities.py" line="110"/>
        <source>asset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assetmap/model/entities.py" line="110"/>
        <source>group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assetmap/model/entities.py" line="110"/>
        <source>person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assetmap/model/entities.py" line="111"/>
        <source>vote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assetmap/model/entities.py" line="111"/>
        <source>link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assetmap/model/poster.py" line="19"/>
        <source>{text!r} is not a square of the poster: a letter A-H and a number 1-8, like C4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assetmap/io/atomic.py" line="24"/>
        <source>{path}: could not be written ({problem})</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportExportMixin</name>
    <message>
        <location filename="../../assetmap/ui/window_imports.py" line="62"/>
        <source>Import of {0} cancelled; nothing changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assetmap/ui/window_imports.py" line="121"/>
        <source>Map saved to {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../assetmap/ui/main_window.py" line="397"/>
        <source>Found {0} connectors and {1} gaps. The Network tab shows the picture.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assetmap/ui/main_window.py" line="417"/>
        <source>Kept “{0}” as a layer of the ward; it is saved with it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assetmap/ui/main_window.py" line="467"/>
        <source>Click the map where the {0} is (or move the map with the arrow keys and press Enter to place it in the middle). Press Escape to stop adding.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assetmap/ui/main_window.py" line="484"/>
        <source>Added “{0}”. Click again to add another, or press Escape.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assetmap/ui/main_window.py" line="504"/>
        <source>Select an asset first: click it on the map or in the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assetmap/ui/main_window.py" line="510"/>
        <source>Deleted {0} asset(s). Ctrl+Z brings them back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assetmap/ui/main_window.py" line="518"/>
        <source>Click round the ward&apos;s edge. Press Enter or double-click to finish, Escape to stop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assetmap/ui/main_window.py" line="532"/>
        <source>A boundary needs at least three points; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assetmap/ui/main_window.py" line="538"/>
        <source>Boundary drawn. Ctrl+Z takes it back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assetmap/ui/main_window.py" line="570"/>
        <source>Saved to {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assetmap/ui/main_window.py" line="627"/>
        <source>Opened {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assetmap/ui/main_window.py" line="692"/>
        <source>The background tiles could not be shown: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assetmap/ui/main_window.py" line="698"/>
        <source>Online map tiles are on: assetmap now fetches map pictures from the internet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecoveryMixin</name>
    <message>
        <location filename="../../assetmap/ui/window_recovery.py" line="38"/>
        <source>Autosave every {0} minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assetmap/ui/window_recovery.py" line="44"/>
        <source>Autosave failed: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assetmap/ui/window_recovery.py" line="47"/>
        <source>Unsaved changes kept in a recovery copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assetmap/ui/window_recovery.py" line="83"/>
        <source>Restored the unsaved changes; save to keep them.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>w</name>
    <message>
        <location filename="../../assetmap/ui/workshop.py" line="239"/>
        <source>Workshop mode: click the map to add what the ward has. F11 or the button leaves it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assetmap/ui/workshop.py" line="302"/>
        <source>{0} put a dot on “{1}” ({2} so far).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assetmap/ui/workshop.py" line="373"/>
        <source>Back to the normal window.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>window</name>
    <message>
        <location filename="../../assetmap/ui/sharing.py" line="195"/>
        <location filename="../../assetmap/ui/sharing.py" line="228"/>
        <source>Saved {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../assetmap/ui/sharing.py" line="197"/>
        <location filename="../../assetmap/ui/sharing.py" line="224"/>
        <source>Cancelled; nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
