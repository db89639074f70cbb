#!/usr/bin/python3
"""The Jupyter project's kernel conformance suite (jupyter_kernel_test, Debian python3-jupyter-kernel-test) run
against our C# kernel, with a sample for every test it offers.

The kernel is found by kernelspec name: "csharp" (what environment/setup.d/20-kernel.sh installs), or the name
in SIAMESE_KERNEL_NAME. Run: /usr/bin/python3 -m unittest -v test_conformance   (from this folder).
"""
import os
import unittest

import jupyter_kernel_test


class CSharpKernelConformance(jupyter_kernel_test.KernelTests):
    """Every sample attribute jupyter_kernel_test 0.4.5 reads; an empty one would skip its test."""

    kernel_name = os.environ.get("SIAMESE_KERNEL_NAME", "csharp")
    language_name = "csharp"
    file_extension = ".cs"

    code_hello_world = 'Console.WriteLine("hello, world");'
    code_stderr = 'Console.Error.WriteLine("something went wrong");'

    completion_samples = [
        # Members after a dot, filtered by the typed prefix.
        {"text": "Console.WriteL", "matches": {"WriteLine"}},
        {"text": "Math.Ma", "matches": {"Max", "MaxMagnitude"}},
        # A name in scope: only checked to answer a valid complete_reply.
        {"text": "Conso"},
    ]

    complete_code_samples = ["1", "var x = 1;", 'Console.WriteLine("done");', "int Twice(int n) => 2 * n;"]
    incomplete_code_samples = ["for (var i = 0; i < 3; i++) {", 'var s = "unterminated', "Math.Max(1,"]
    invalid_code_samples = ["var x = 1;)", "}"]

    code_generate_error = 'throw new InvalidOperationException("boom");'

    code_execute_result = [
        {"code": "6 * 7", "result": "42"},
        {"code": '"con" + "formance"', "result": "conformance"},
        {"code": "new[] { 1, 2, 3 }.Sum()", "result": "6"},
    ]

    code_display_data = [
        {"code": "display(42);", "mime": "text/plain"},
        {"code": 'html("<b>bold</b>");', "mime": "text/html"},
        {"code": 'markdown("*emphasis*");', "mime": "text/markdown"},
    ]

    # Must match exactly one of the code_execute_result inputs (the suite checks unique=True gives one entry).
    code_history_pattern = "6 *"
    supported_history_operations = ("tail", "range", "search")

    code_inspect_sample = "Console.WriteLine"

    code_clear_output = 'Console.WriteLine("old"); clear_output(wait: true); Console.WriteLine("new");'

    # IPython's `name?`: the documentation of a symbol, sent as a "page" payload.
    code_page_something = "Console.WriteLine?"


if __name__ == "__main__":
    unittest.main(verbosity=2)
