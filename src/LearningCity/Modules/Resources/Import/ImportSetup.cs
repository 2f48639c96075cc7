namespace LearningCity.Modules.Resources.Import;

public static class ImportSetup
{
    public static void AddContentImport(this IServiceCollection services)
    {
        services.AddScoped<ChoiceText>();
        services.AddScoped<OpeningHoursText>();
        services.AddScoped<ResourceRows>();
        services.AddScoped<SpaceRows>();
        services.AddScoped<FundingRows>();
        services.AddScoped<ContentImporter>();
        services.AddScoped<ImportSubmission>();
        services.AddHostedService<ImportJobRunner>();
    }
}
