#!/usr/bin/python3
"""A JSON-lines bridge from the C# tests to Jupyter's own client (Debian's python3-jupyter-client).

Reads one JSON command per line on stdin, answers one JSON object per line on stdout. The kernel is found by
kernelspec name (the tests point JUPYTER_PATH at a kernelspec made by install-kernelspec.sh for the build under
test). Every message the kernel sends for a request is returned raw, so the assertions live in C#.
"""
import json
import signal
import sys
import time
import traceback

from jupyter_client.manager import KernelManager
from jupyter_client.session import Session


def jsonable(obj):
    """Message parts with datetimes and bytes turned into strings."""
    return json.loads(json.dumps(obj, default=str))


class Driver:
    def __init__(self):
        self.km = None
        self.kc = None

    # --- lifecycle -------------------------------------------------------------------------------
    def start(self, kernel_name="csharp", timeout=120, cwd=None):
        began = time.monotonic()
        self.km = KernelManager(kernel_name=kernel_name)
        self.km.start_kernel(**({"cwd": cwd} if cwd else {}))
        self.kc = self.km.client()
        self.kc.start_channels()
        self.kc.wait_for_ready(timeout=timeout)
        ready = time.monotonic() - began
        return {"ready_s": ready, "pid": self.km.provisioner.pid if self.km.provisioner else None}

    def stop(self):
        if self.kc is not None:
            self.kc.stop_channels()
        if self.km is not None and self.km.is_alive():
            self.km.shutdown_kernel(now=True)
        return {}

    # --- requests --------------------------------------------------------------------------------
    def collect(self, msg_id, timeout=30, want_reply=True, channel="shell"):
        """The reply to msg_id and every IOPub message with that parent, up to its status: idle."""
        deadline = time.monotonic() + timeout
        iopub, reply, idle = [], None, False
        while time.monotonic() < deadline and (not idle or (want_reply and reply is None)):
            if not idle:
                try:
                    msg = self.kc.get_iopub_msg(timeout=0.05)
                    if msg["parent_header"].get("msg_id") == msg_id:
                        iopub.append({"msg_type": msg["msg_type"], "content": msg["content"]})
                        if msg["msg_type"] == "status" and msg["content"]["execution_state"] == "idle":
                            idle = True
                except Exception:
                    pass
            if want_reply and reply is None:
                try:
                    get = self.kc.get_shell_msg if channel == "shell" else self.kc.get_control_msg
                    msg = get(timeout=0.05)
                    if msg["parent_header"].get("msg_id") == msg_id:
                        reply = {"msg_type": msg["msg_type"], "content": msg["content"]}
                except Exception:
                    pass
        return {"reply": reply, "iopub": iopub, "timed_out": not idle or (want_reply and reply is None)}

    def execute(self, code, timeout=30, allow_stdin=False, silent=False):
        began = time.monotonic()
        msg_id = self.kc.execute(code, allow_stdin=allow_stdin, silent=silent)
        result = self.collect(msg_id, timeout)
        result["elapsed_s"] = time.monotonic() - began
        return result

    def send(self, msg_type, content, timeout=30, channel="shell"):
        msg = self.kc.session.msg(msg_type, content)
        target = self.kc.shell_channel if channel == "shell" else self.kc.control_channel
        target.send(msg)
        return self.collect(msg["header"]["msg_id"], timeout, channel=channel)

    def execute_batch(self, codes, stop_on_error=True, timeout=60):
        """Sends every cell at once, as "Run All" does, then collects each one's reply and IOPub messages."""
        ids = [self.kc.execute(code, stop_on_error=stop_on_error) for code in codes]
        deadline = time.monotonic() + timeout
        results = {i: {"reply": None, "iopub": [], "idle": False} for i in ids}
        def pending():
            return [r for r in results.values() if r["reply"] is None or not r["idle"]]
        while pending() and time.monotonic() < deadline:
            for get, is_reply in ((self.kc.get_iopub_msg, False), (self.kc.get_shell_msg, True)):
                try:
                    msg = get(timeout=0.05)
                except Exception:
                    continue
                result = results.get(msg["parent_header"].get("msg_id"))
                if result is None:
                    continue
                if is_reply:
                    result["reply"] = {"msg_type": msg["msg_type"], "content": msg["content"]}
                else:
                    result["iopub"].append({"msg_type": msg["msg_type"], "content": msg["content"]})
                    if msg["msg_type"] == "status" and msg["content"]["execution_state"] == "idle":
                        result["idle"] = True
        return {"results": [{"reply": results[i]["reply"], "iopub": results[i]["iopub"],
                             "timed_out": results[i]["reply"] is None or not results[i]["idle"]} for i in ids]}

    def sigint(self):
        """What jupyter_client does for a kernelspec with interrupt_mode "signal": SIGINT to the kernel's group."""
        self.km.signal_kernel(signal.SIGINT)
        return {}

    def execute_async(self, code):
        return {"msg_id": self.kc.execute(code)}

    def wait(self, msg_id, timeout=30):
        return self.collect(msg_id, timeout)

    def interrupt(self):
        self.km.interrupt_kernel()
        return {}

    def shutdown(self, timeout=15):
        msg = self.kc.session.msg("shutdown_request", {"restart": False})
        self.kc.control_channel.send(msg)
        result = self.collect(msg["header"]["msg_id"], timeout, channel="control")
        deadline = time.monotonic() + timeout
        while self.km.is_alive() and time.monotonic() < deadline:
            time.sleep(0.05)
        result["alive_after"] = self.km.is_alive()
        result["exit_code"] = self.km.provisioner.process.poll() if self.km.provisioner and self.km.provisioner.process else None
        return result

    def bad_signature(self, code, wait_s=1.5):
        """Sends execute_request signed with a wrong key; returns whatever answered it (nothing, if dropped)."""
        forger = Session(key=b"not-the-kernel-key", username=self.kc.session.username)
        msg = forger.msg("execute_request", {"code": code, "silent": False, "store_history": True,
                                             "user_expressions": {}, "allow_stdin": False, "stop_on_error": True})
        forger.send(self.kc.shell_channel.socket, msg)
        return self.collect(msg["header"]["msg_id"], wait_s)

    def stdin(self, code, value, timeout=30):
        msg_id = self.kc.execute(code, allow_stdin=True)
        request = None
        deadline = time.monotonic() + timeout
        while request is None and time.monotonic() < deadline:
            try:
                msg = self.kc.get_stdin_msg(timeout=0.1)
                if msg["msg_type"] == "input_request":
                    request = msg["content"]
                    self.kc.input(value)
            except Exception:
                pass
        result = self.collect(msg_id, timeout)
        result["input_request"] = request
        return result

    def heartbeat(self):
        return {"alive": self.km.is_alive(), "beating": self.kc.hb_channel.is_beating()}

    def measure(self, cells=50, code="1"):
        """Per-cell wall time of trivial cells through jupyter_client, after warm-up."""
        for _ in range(5):
            self.execute(code)
        times = []
        for _ in range(cells):
            began = time.monotonic()
            self.execute(code)
            times.append(time.monotonic() - began)
        times.sort()
        return {"median_s": times[len(times) // 2], "mean_s": sum(times) / len(times), "min_s": times[0], "max_s": times[-1]}


def main():
    driver = Driver()
    for line in sys.stdin:
        line = line.strip()
        if not line:
            continue
        command = json.loads(line)
        op = command.pop("op")
        try:
            answer = getattr(driver, op)(**command)
            answer = {"ok": True, **jsonable(answer)}
        except Exception as error:  # reported to the C# side, which fails the test with it
            answer = {"ok": False, "error": f"{type(error).__name__}: {error}", "traceback": traceback.format_exc()}
        sys.stdout.write(json.dumps(answer) + "\n")
        sys.stdout.flush()
        if op == "stop":
            break
    driver.stop()


if __name__ == "__main__":
    main()
