"""The sides that bench_framework.py races against custbridge.

None of these modules imports custbridge. The email check, the tax
classification and the country look-up are *services* (:mod:`.rules`) that the
harness plugs in, so every side does that work with the very same function.
"""
