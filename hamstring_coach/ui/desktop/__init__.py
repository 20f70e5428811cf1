"""Desktop services behind small interfaces, each with a real and a null implementation:
keeping the computer awake, notifications, the single running instance and its hand-over.
``app.py`` picks the implementations; tests give fakes or a private D-Bus bus."""
