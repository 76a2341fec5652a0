#!/usr/bin/env bash
# Installs what reading scanned PDFs needs: Debian's Tesseract OCR engine and its Chinese
# models (Simplified and Traditional). Safe to run again; does nothing when present.
# Without root or apt-get it says what to install; the OCR tests are then skipped
# (except under CI, where they fail: see tests/test_pdf_ocr.py).
set -euo pipefail
if command -v tesseract >/dev/null 2>&1 \
  && tesseract --list-langs 2>/dev/null | grep -qx chi_sim \
  && tesseract --list-langs 2>/dev/null | grep -qx chi_tra; then
  exit 0
fi
if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
  echo "installing tesseract-ocr with its Chinese models for scanned PDFs" >&2
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
    tesseract-ocr tesseract-ocr-chi-sim tesseract-ocr-chi-tra >/dev/null
else
  echo "note: scanned PDFs need tesseract-ocr, tesseract-ocr-chi-sim and tesseract-ocr-chi-tra" \
       "(e.g. sudo apt-get install tesseract-ocr tesseract-ocr-chi-sim tesseract-ocr-chi-tra);" \
       "the OCR tests will be skipped" >&2
fi
