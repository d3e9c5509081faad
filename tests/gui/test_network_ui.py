"""The analysis in the window: off the GUI thread, with progress, Cancel and the network picture."""

import time


from assetmap.ui.workers import Task




def test_analysis_runs_off_the_gui_thread_and_fills_the_panel(window, qtbot):
    panel = window.network_panel
    progress = []
    panel.run()
    panel.task.progressed.connect(lambda f, t: progress.append(f))
    assert not panel.run_button.isEnabled() and panel.cancel_button.isEnabled()
    qtbot.waitUntil(lambda: not panel.task.running, timeout=60_000)
    qtbot.waitUntil(lambda: panel.run_button.isEnabled(), timeout=5_000)
    assert panel.connectors.topLevelItemCount() >= 5
    top = panel.connectors.topLevelItem(0)
    assert top.text(2).startswith("the only link between")
    assert panel.gaps.topLevelItemCount() >= 7 and panel.suggestions.topLevelItemCount() > 0
    assert len(window.project.network_layout) == len(window.project.people) + len(window.project.groups)
    assert len(window.network_view.items) == len(window.project.network_layout)
    panel.connectors.setCurrentItem(top)
    panel.show_step_back()
    assert "would lose touch" in panel.step_back_text.text()
    window.action_undo.trigger()
    assert window.project.network_layout == {}


def test_the_layout_is_stable_between_runs(window, qtbot):
    panel = window.network_panel
    panel.run()
    qtbot.waitUntil(lambda: panel.run_button.isEnabled() and panel.result is not None, timeout=60_000)
    first = dict(window.project.network_layout)
    panel.run()
    qtbot.waitUntil(lambda: panel.run_button.isEnabled(), timeout=60_000)
    second = window.project.network_layout
    moved = max(abs(first[k][0] - second[k][0]) + abs(first[k][1] - second[k][1]) for k in first)
    assert moved < 0.5


def test_a_task_can_be_cancelled(qtbot):
    def slow(progress):
        for step in range(200):
            time.sleep(0.01)
            progress.step(step / 200, "working")
        return "finished"

    task = Task(slow)
    outcomes = []
    task.succeeded.connect(lambda r: outcomes.append(r))
    task.cancelled.connect(lambda: outcomes.append("cancelled"))
    with qtbot.waitSignal(task.finished, timeout=10_000):
        task.start()
        qtbot.wait(100)
        task.cancel()
    assert outcomes == ["cancelled"]


def test_a_failing_task_reports_and_the_window_lives_on(qtbot):
    task = Task(lambda progress: 1 / 0)
    messages = []
    task.failed.connect(messages.append)
    with qtbot.waitSignal(task.finished, timeout=10_000):
        task.start()
    assert messages and "ZeroDivisionError" in messages[0]


def test_selecting_a_group_in_the_network_selects_its_meeting_place(window, qtbot):
    group = next(g for g in window.project.groups if g.meeting_place_id)
    window._select_records([group.id])
    assert window.canvas.selection == {group.meeting_place_id}


def test_cancel_button_stops_the_analysis(window, qtbot, monkeypatch):
    from assetmap.analysis import network_report

    real = network_report.compute_metrics

    def slow_metrics(graph, progress, seed=1):
        for _ in range(300):
            time.sleep(0.01)
            progress.check()
        return real(graph, progress, seed)

    monkeypatch.setattr(network_report, "compute_metrics", slow_metrics)
    panel = window.network_panel
    panel.run()
    qtbot.wait(100)
    panel.cancel_button.click()
    qtbot.waitUntil(lambda: panel.run_button.isEnabled(), timeout=10_000)
    assert "Stopped" in panel.status.text() and panel.result is None
    assert window.project.network_layout == {}


def test_selecting_a_place_on_the_map_selects_the_groups_meeting_there(window, qtbot):
    panel = window.network_panel
    panel.run()
    qtbot.waitUntil(lambda: panel.run_button.isEnabled() and panel.result is not None, timeout=60_000)
    group = next(g for g in window.project.groups if g.meeting_place_id)
    window.canvas.set_selection({group.meeting_place_id})
    selected = {item.data(0) for item in window.network_view.scene().selectedItems()}
    assert group.id in selected
    assert all(window.project.groups[g].meeting_place_id == group.meeting_place_id for g in selected)
