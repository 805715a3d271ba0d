namespace TenderBuilder.Web.Hosting;

/// <summary>
/// A setting the app cannot run with, found at start-up: the app stops with one line naming the
/// setting rather than failing every request later.
/// </summary>
public sealed class StartupConfigurationException(string message) : Exception(message);
