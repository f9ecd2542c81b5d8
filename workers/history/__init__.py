"""The worker side of history: archive entries built in the worker, and the backtest.

* :mod:`filters`: an article's word-filter items, and a rule's requirements on them.
* :mod:`entries`: the archive entries of one batch (processed and rejected articles).
* :mod:`backtest`: run rules or a query over the archive with the live matcher.
"""
