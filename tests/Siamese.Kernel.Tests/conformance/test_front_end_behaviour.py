#!/usr/bin/python3
"""What front ends rely on beyond jupyter_kernel_test: stop_on_error ("Run All" stops at the first error) and
both interrupt modes, driven through jupyter_client exactly as a front end sends them.

Same kernel selection as test_conformance.py (kernelspec "csharp" or SIAMESE_KERNEL_NAME).
"""
import os
import signal
import time
import unittest

from jupyter_client.manager import start_new_kernel

TIMEOUT = 60
# Long enough for the later requests to be queued in the kernel before the first one fails.
SLOW_FAILING_CELL = 'System.Threading.Thread.Sleep(500); throw new InvalidOperationException("first error");'
INTERRUPT_DELAY_S = 1.5


class FrontEndBehaviour(unittest.TestCase):
    kernel_name = os.environ.get("SIAMESE_KERNEL_NAME", "csharp")

    @classmethod
    def setUpClass(cls):
        cls.km, cls.kc = start_new_kernel(kernel_name=cls.kernel_name)

    @classmethod
    def tearDownClass(cls):
        cls.kc.stop_channels()
        cls.km.shutdown_kernel(now=True)

    def replies(self, msg_ids):
        """The shell replies to msg_ids, by id (other replies, e.g. to earlier requests, are skipped)."""
        found = {}
        deadline = time.monotonic() + TIMEOUT
        while len(found) < len(msg_ids) and time.monotonic() < deadline:
            msg = self.kc.get_shell_msg(timeout=TIMEOUT)
            parent = msg["parent_header"].get("msg_id")
            if parent in msg_ids:
                found[parent] = msg
        self.assertEqual(len(found), len(msg_ids), "missing replies")
        return [found[i] for i in msg_ids]

    def run_cell(self, code):
        return self.replies([self.kc.execute(code)])[0]["content"]

    def test_run_all_stops_at_the_first_error(self):
        self.run_cell("var touched = 0;")
        # "Run All": every cell sent at once, each with stop_on_error=True (what Notebook and JupyterLab send).
        ids = [self.kc.execute(SLOW_FAILING_CELL, stop_on_error=True)]
        ids += [self.kc.execute(code, stop_on_error=True) for code in
                ("touched = 1;", 'Console.WriteLine("must not run");', "var createdByAbortedCell = 2;")]
        first, *rest = self.replies(ids)
        self.assertEqual(first["content"]["status"], "error")
        self.assertEqual(first["content"]["evalue"], "first error")
        for reply in rest:
            self.assertEqual(reply["msg_type"], "execute_reply")
            self.assertEqual(reply["content"]["status"], "aborted")
        # State untouched by the aborted cells, and requests sent after the error reply run normally.
        untouched = 'if (touched != 0) throw new Exception("an aborted cell ran");'
        self.assertEqual(self.run_cell(untouched)["status"], "ok")
        self.assertEqual(self.run_cell("createdByAbortedCell")["status"], "error")
        self.assertEqual(self.run_cell('"still running"')["status"], "ok")

    def test_aborted_cells_use_no_execution_count(self):
        before = self.run_cell("1")["execution_count"]
        ids = [self.kc.execute(SLOW_FAILING_CELL), self.kc.execute("2")]
        failed, aborted = self.replies(ids)
        self.assertEqual(aborted["content"]["status"], "aborted")
        self.assertEqual(self.run_cell("3")["execution_count"], failed["content"]["execution_count"] + 1)
        self.assertEqual(failed["content"]["execution_count"], before + 1)

    def test_without_stop_on_error_queued_cells_run(self):
        ids = [self.kc.execute(SLOW_FAILING_CELL, stop_on_error=False), self.kc.execute("var ranAnyway = 7;")]
        failed, ran = self.replies(ids)
        self.assertEqual(failed["content"]["status"], "error")
        self.assertEqual(ran["content"]["status"], "ok")
        self.assertEqual(self.run_cell("ranAnyway")["status"], "ok")

    def interrupt_runaway_cell(self, interrupt):
        self.run_cell("var keptAcrossInterrupt = 41;")
        runaway = self.kc.execute("while (true) { }")
        queued = self.kc.execute("keptAcrossInterrupt = 0;")
        time.sleep(INTERRUPT_DELAY_S)
        interrupt()
        stopped, aborted = self.replies([runaway, queued])
        self.assertEqual(stopped["content"]["status"], "error")
        self.assertEqual(aborted["content"]["status"], "aborted")
        self.assertTrue(self.km.is_alive())
        self.assertEqual(self.run_cell("keptAcrossInterrupt += 1;")["status"], "ok")

    def test_interrupt_request_on_the_control_channel(self):
        # interrupt_mode "message" (the installed kernelspec's mode): jupyter_client sends interrupt_request.
        self.assertEqual(self.km.kernel_spec.interrupt_mode, "message")
        self.interrupt_runaway_cell(self.km.interrupt_kernel)

    def test_interrupt_by_sigint(self):
        # interrupt_mode "signal": jupyter_client sends SIGINT to the kernel's process group, as here.
        self.interrupt_runaway_cell(lambda: self.km.signal_kernel(signal.SIGINT))


if __name__ == "__main__":
    unittest.main(verbosity=2)
