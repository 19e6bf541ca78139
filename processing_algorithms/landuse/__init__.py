"""Land-use accounting (arealregnskap) algorithms."""
