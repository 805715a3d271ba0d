#!/usr/bin/env python3
"""Writes and reads the interface's .resx families (ADR 0018) from a plain JSON file, so an engineer
or a translator edits words, not XML.

  scripts/resx.py write Resources/Features/Home/Home strings.json
      strings.json: {"Key": {"en": "...", "nl": "...", "sv": "...", "de": "...", "comment": "..."}}
      writes Home.resx (English, the neutral resources) and Home.nl.resx, Home.sv.resx, Home.de.resx
  scripts/resx.py read Resources/Features/Home/Home
      prints the family as that JSON (to change a text, then write it back)
"""
import json
import sys
import xml.etree.ElementTree as ET
from pathlib import Path
from xml.sax.saxutils import escape

LANGUAGES = ["nl", "sv", "de"]
HEADER = """<?xml version="1.0" encoding="utf-8"?>
<root>
  <resheader name="resmimetype"><value>text/microsoft-resx</value></resheader>
  <resheader name="version"><value>2.0</value></resheader>
  <resheader name="reader"><value>System.Resources.ResXResourceReader, System.Windows.Forms, Version=4.0.0.0, Culture=neutral, PublicKeyToken=b77a5c561934e089</value></resheader>
  <resheader name="writer"><value>System.Resources.ResXResourceWriter, System.Windows.Forms, Version=4.0.0.0, Culture=neutral, PublicKeyToken=b77a5c561934e089</value></resheader>
"""


def write_file(path, entries):
    lines = [HEADER]
    for key, value, comment in entries:
        lines.append(f'  <data name="{escape(key, {chr(34): "&quot;"})}" xml:space="preserve">\n    <value>{escape(value)}</value>\n')
        if comment:
            lines.append(f"    <comment>{escape(comment)}</comment>\n")
        lines.append("  </data>\n")
    lines.append("</root>\n")
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("".join(lines), encoding="utf-8")


def read_file(path):
    if not path.exists():
        return {}
    result = {}
    for data in ET.parse(path).getroot().findall("data"):
        comment = data.find("comment")
        result[data.get("name")] = (data.find("value").text or "", comment.text if comment is not None else None)
    return result


def main():
    command, stem = sys.argv[1], Path(sys.argv[2])
    if command == "write":
        strings = json.loads(Path(sys.argv[3]).read_text(encoding="utf-8"))
        for key, texts in strings.items():
            missing = [lang for lang in ["en", *LANGUAGES] if not texts.get(lang)]
            if missing:
                sys.exit(f"{key}: no text for {', '.join(missing)}")
        write_file(stem.with_suffix(".resx"), [(k, t["en"], t.get("comment")) for k, t in strings.items()])
        for lang in LANGUAGES:
            write_file(Path(f"{stem}.{lang}.resx"), [(k, t[lang], None) for k, t in strings.items()])
    elif command == "read":
        english = read_file(stem.with_suffix(".resx"))
        out = {}
        for key, (value, comment) in english.items():
            out[key] = {"en": value}
            for lang in LANGUAGES:
                out[key][lang] = read_file(Path(f"{stem}.{lang}.resx")).get(key, ("", None))[0]
            if comment:
                out[key]["comment"] = comment
        print(json.dumps(out, ensure_ascii=False, indent=2))
    else:
        sys.exit(__doc__)


if __name__ == "__main__":
    main()
