"""Land-use accounting (arealregnskap): account, change matrix, plans, reserve, change,
SDG 11.3.1."""
