#!/usr/bin/python3
"""jupyter console (Debian jupyter-console) on our kernel, driven in a pseudo-terminal with pexpect: the up-arrow
recalls cells from the kernel's history (history_request tail), an error does not end the session, `name?` shows
documentation, and an incomplete line (is_complete_request) continues on the next line.

Skipped, with the reason, where jupyter-console or pexpect is not installed (setup does not install them).
Same kernel selection as test_conformance.py.
"""
import os
import shutil
import unittest

from jupyter_client.manager import start_new_kernel

try:
    import pexpect
except ImportError:  # pragma: no cover - depends on the machine
    pexpect = None

KERNEL = os.environ.get("SIAMESE_KERNEL_NAME", "csharp")
CONSOLE = shutil.which("jupyter-console")
TIMEOUT = 60
UP_ARROW = "\x1b[A"
ENTER = "\r"
# prompt_toolkit colours the prompts: escape sequences may sit between any two visible parts.
ESC = r"(?:\x1b\[[0-9;?]*[A-Za-z])*"
IN_PROMPT = r"In \[" + ESC + r"\d+"


def out_prompt(value):
    """A regex for `Out[n]: value` with the console's colour codes."""
    return r"Out\[" + ESC + r"\d+" + ESC + r"\]:" + ESC + r"\s*" + ESC + value


@unittest.skipIf(CONSOLE is None or pexpect is None,
                 "jupyter console not installed (apt-get install jupyter-console python3-pexpect)")
class JupyterConsole(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.km, cls.kc = start_new_kernel(kernel_name=KERNEL)
        cls.addClassCleanup(cls.km.shutdown_kernel, now=True)
        cls.addClassCleanup(cls.kc.stop_channels)
        # A cell run by another front end before the console attaches: the console must find it in the history.
        cls.kc.execute_interactive('"recalled " + (20 + 22)', timeout=TIMEOUT, output_hook=lambda msg: None)
        cls.console = pexpect.spawn(CONSOLE, ["--existing", cls.km.connection_file], encoding="utf-8",
                                    timeout=TIMEOUT, dimensions=(40, 200), env=dict(os.environ, TERM="xterm"))
        cls.addClassCleanup(cls.console.terminate, force=True)
        cls.console.expect(IN_PROMPT)

    def test_console_session(self):
        console = self.console
        # Up-arrow: the last cell of the kernel's history, run again from the console.
        console.send(UP_ARROW)
        console.expect("recalled")
        console.send(ENTER)
        console.expect(out_prompt("recalled 42"))

        console.send('throw new InvalidOperationException("console boom");' + ENTER)
        console.expect("console boom")
        console.send("6 * 7" + ENTER)
        console.expect(out_prompt("42"))

        console.send("Math.Max?" + ENTER)
        console.expect("Returns the larger of two")
        console.expect(IN_PROMPT)

        # An open block continues on the next line; closing it runs the whole cell.
        console.send("for (var i = 0; i < 2; i++) {" + ENTER)
        console.send('Console.WriteLine("line " + i);' + ENTER)
        console.send("}" + ENTER)
        console.expect("line 0")
        console.expect("line 1")


if __name__ == "__main__":
    unittest.main(verbosity=2)
