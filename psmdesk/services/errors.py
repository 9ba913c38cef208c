"""Problems a user can fix. The message (`str()`) is Indonesian and is shown as it is."""


class UserError(Exception):
    pass
