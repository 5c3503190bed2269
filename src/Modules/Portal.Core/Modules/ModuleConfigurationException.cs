namespace Portal.Core.Modules;

public sealed class ModuleConfigurationException(string message) : Exception(message);
