"""The welcome screen, the tour and the help panel."""

from PySide6.QtCore import Qt


def test_welcome_opens_a_copy_of_the_sample_ward(window, qtbot, tmp_path, monkeypatch):
    monkeypatch.setattr(type(window), "wards_folder", lambda self: tmp_path / "wards")
    dialog = window.show_welcome()
    assert dialog.isVisible()
    labels = [b.accessibleName() for b in (dialog.sample_button, dialog.new_button, dialog.tour_button)]
    assert labels == ["Open the sample ward", "Start a new ward", "Show me around"]
    qtbot.mouseClick(dialog.sample_button, Qt.MouseButton.LeftButton)
    assert window.path == tmp_path / "wards" / "Millbrook (sample).gpkg"
    assert window.path.exists() and window.project.info.fictional


def test_welcome_lists_recent_wards_and_remembers_the_choice(window, qtbot):
    dialog = window.show_welcome()
    assert dialog.recent.count() >= 1
    dialog.at_start.setChecked(False)
    dialog.reject()
    assert window.settings.value("welcomeAtStart", True, bool) is False


def test_the_tour_has_five_steps_and_can_be_skipped(window, qtbot):
    tour = window.start_tour()
    seen = []
    for _ in range(5):
        seen.append((tour.counter.text(), tour.heading.text()))
        assert not tour.highlight.target.isNull()
        tour.next.click()
    assert [c for c, _ in seen] == [f"Step {n} of 5" for n in range(1, 6)]
    assert not tour.isVisible()
    again = window.start_tour()
    again.skip.click()
    assert not again.isVisible()


def test_help_explains_the_kinds_connectors_and_gaps(window, qtbot):
    window.toggle_help()
    panel = window._docks["help"].widget()
    text = panel.toPlainText()
    assert window._docks["help"].isVisible()
    for words in ("People's gifts and skills", "Connectors", "Gaps", "a retired joiner"):
        assert words in text
