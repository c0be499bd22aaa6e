pytest_plugins = ["snipcheck.pytest_plugin"]
