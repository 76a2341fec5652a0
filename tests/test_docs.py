"""Documentation that cannot drift: every command and every setting is in the README."""

from __future__ import annotations

import re

from policykg.cli import COMMANDS, build_parser
from policykg.settings import documented_settings

from .conftest import ROOT

README = (ROOT / "README.md").read_text(encoding="utf-8")


def test_every_command_is_documented():
    for command in COMMANDS:
        assert f"`policykg {command}" in README, command


def test_every_option_of_every_command_is_documented():
    parser = build_parser()
    subparsers = next(a for a in parser._actions if a.dest == "command")
    for name, sub in subparsers.choices.items():
        for action in sub._actions:
            for option in action.option_strings:
                if option.startswith("--") and option != "--help":
                    assert option in README, f"{name} {option}"


def test_every_setting_is_documented():
    for name, env, _doc in documented_settings():
        assert re.search(rf"`{name}`\s*\|\s*`{env}`", README), name


def test_quick_start_is_two_commands():
    block = README.split("## Quick start", 1)[1].split("```sh", 1)[1].split("```", 1)[0]
    commands = [line.split("#")[0].strip() for line in block.strip().splitlines()]
    assert commands == ["make run", "make test"]
    assert "make test" in (ROOT / ".ci" / "run").read_text()
