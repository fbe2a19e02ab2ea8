### Facts about this locale, shown in language pickers.

# The language's own name for itself, as a patient would look for it in a list.
locale-native-name = English (US)
