"""The national batch: Småby's core functions over every kommune and tettsted, outside
QGIS, as Dask tasks (``python -m smaaby_plugin.batch <job> --config job.toml``).

The plugin never imports this package, and the package never imports QGIS: it reads and
writes files with pyogrio (or fiona) and calls the same core functions as the Processing
algorithms, so a kommune's figures are the same by either road. Dask and distributed are
needed only here (``smaaby_plugin.batch.runner``); ``__main__`` checks for them first.
See ``docs/batch.md``.
"""
