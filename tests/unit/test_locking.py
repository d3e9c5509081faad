"""One writer at a time, and a lock left by a dead process blocks no one."""

import os
import signal
import subprocess
import sys
import textwrap

import pytest

from assetmap.io.locking import ProjectLock, ProjectLocked, current_holder, lock_path


def test_a_second_writer_is_told_who_holds_the_ward(tmp_path):
    ward = tmp_path / "ward.gpkg"
    ward.write_bytes(b"")
    first = ProjectLock(ward, "assetmap window")
    first.acquire()
    with pytest.raises(ProjectLocked) as refused:
        ProjectLock(ward).acquire()
    assert f"process {os.getpid()}" in str(refused.value) and "assetmap window" in str(refused.value)
    assert current_holder(ward).pid == os.getpid()
    first.release()
    assert not lock_path(ward).exists() and current_holder(ward) is None
    with ProjectLock(ward):
        assert lock_path(ward).exists()


def test_a_lock_left_by_a_killed_process_does_not_block(tmp_path):
    ward = tmp_path / "ward.gpkg"
    ward.write_bytes(b"")
    holder = subprocess.Popen([sys.executable, "-c", textwrap.dedent(f"""
        import sys, time
        from assetmap.io.locking import ProjectLock
        ProjectLock(__import__("pathlib").Path({str(ward)!r}), "doomed").acquire()
        print("locked", flush=True)
        time.sleep(60)
    """)], stdout=subprocess.PIPE, text=True)
    assert holder.stdout.readline().strip() == "locked"
    with pytest.raises(ProjectLocked, match="doomed"):
        ProjectLock(ward).acquire()
    holder.send_signal(signal.SIGKILL)
    holder.wait()
    assert lock_path(ward).exists()  # the file is still there...
    assert current_holder(ward) is None  # ...but nobody holds it
    lock = ProjectLock(ward)
    lock.acquire()
    assert current_holder(ward).pid == os.getpid()
    lock.release()


def test_the_command_will_not_import_into_a_ward_being_edited(sample_path, tmp_path):
    import hashlib

    before = hashlib.sha256(sample_path.read_bytes()).hexdigest()
    csv = tmp_path / "more.csv"
    csv.write_text("name,category,latitude,longitude\nHall,physical,53.6155,-2.095\n")
    with ProjectLock(sample_path, "assetmap window"):
        result = subprocess.run([sys.executable, "-m", "assetmap", "import", str(sample_path), str(csv),
                                 "--kind", "assets"], capture_output=True, text=True)
    assert result.returncode == 2
    assert "is open for editing by" in result.stderr and "assetmap window" in result.stderr
    assert hashlib.sha256(sample_path.read_bytes()).hexdigest() == before
