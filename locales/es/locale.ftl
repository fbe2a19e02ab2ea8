### Facts about this locale, shown in language pickers.

locale-native-name = Español
