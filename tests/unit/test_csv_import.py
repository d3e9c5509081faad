import pytest

from assetmap.errors import AssetmapError, ImportProblem
from assetmap.io.csv_assets import read_assets_csv


def write(tmp_path, text, name="assets.csv", encoding="utf-8"):
    path = tmp_path / name
    path.write_bytes(text.encode(encoding))
    return path


def test_reads_rows_and_optional_columns(tmp_path):
    path = write(tmp_path, "Name,Category,Latitude,Longitude,Tags,Description\n"
                           "Café Nöel,economic,53.6,-2.1,food; coffee,Good cake\n"
                           "\n"
                           "St Anne's,Institutions,53.61,-2.11,,\n")
    result = read_assets_csv(path)
    assert [a.name for a in result.assets] == ["Café Nöel", "St Anne's"]
    assert result.assets[0].tags == ("food", "coffee")
    assert result.assets[1].category == "institution"
    assert result.assets[0].location == (-2.1, 53.6)
    assert result.skipped == [(3, "blank row")]


def test_windows_1252_and_bom(tmp_path):
    cp = write(tmp_path, "name,category,lat,lon\nO\u2019Brien\u2019s Caf\u00e9,economic,53.6,-2.1\n",
               "cp.csv", "cp1252")
    assert read_assets_csv(cp).assets[0].name == "O\u2019Brien\u2019s Caf\u00e9"
    bom = write(tmp_path, "\ufeffname,category,latitude,longitude\nHall,physical,53.6,-2.1\n", "bom.csv")
    assert read_assets_csv(bom).assets[0].name == "Hall"


def test_every_bad_row_is_reported_and_nothing_imported(tmp_path):
    path = write(tmp_path, "name,category,latitude,longitude\n"
                           "Good,physical,53.6,-2.1\n"
                           ",physical,53.6,-2.1\n"
                           "Shop,shops,53.6,-2.1\n"
                           "Far,economic,391000,411000\n"
                           "Zero,economic,0,0\n"
                           "Text,economic,NaN,-2\n")
    with pytest.raises(ImportProblem) as caught:
        read_assets_csv(path)
    rows = [row for row, _ in caught.value.problems]
    assert rows == [3, 4, 5, 6, 7]
    message = str(caught.value)
    assert "assets.csv, row 3: the name is empty" in message and "nothing was imported" in message


def test_missing_columns_are_named(tmp_path):
    path = write(tmp_path, "title,lat,lon\nHall,53,-2\n")
    with pytest.raises(AssetmapError, match="missing column.*category"):
        read_assets_csv(path)


def test_empty_and_binary_files(tmp_path):
    with pytest.raises(AssetmapError, match="empty"):
        read_assets_csv(write(tmp_path, ""))
    binary = tmp_path / "x.csv"
    binary.write_bytes(b"\x00\x01\x02name")
    with pytest.raises(AssetmapError, match="not a text file"):
        read_assets_csv(binary)
