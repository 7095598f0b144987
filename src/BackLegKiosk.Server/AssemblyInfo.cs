using Microsoft.Extensions.Localization;

// Resources sit in Resources/ whatever the host's LocalizationOptions say.
[assembly: ResourceLocation("Resources")]
