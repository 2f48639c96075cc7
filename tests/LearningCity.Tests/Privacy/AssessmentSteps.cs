using LearningCity.Common.Auth;
using LearningCity.Tests.Assessment;

namespace LearningCity.Tests.Privacy;

/// <summary>
/// The person as their city's coordinator fills in and submits its self-assessment (validated by a reviewer), and as a
/// reviewer validates another city's. Answers the cycle, whose open results must not change with the deletion.
/// </summary>
internal static class AssessmentSteps
{
    public static async Task<int> RunAsync(AccountInModules a)
    {
        var f = a.Factory;
        var cycle = await f.OpenCycleAsync();
        var mine = new CityInCycle(cycle, a.CityId, a.Client);
        await f.FillInAsync(mine);
        var code = (await f.DefaultIndicatorsAsync()).First(i => i.Required).Code;
        var value = (await (await a.Client.GetAsync(mine.Url)).ExpectJsonAsync()).Value(code);
        await (await a.Client.PutValueAsync(mine.Url, code, new { value = value.GetProperty("value").GetString(), comment = "ตัวเลขจากทะเบียนของเทศบาล" })).ExpectJsonAsync();
        await (await a.Client.SubmitAsync(mine.Url)).ExpectJsonAsync();
        var reviewer = await f.ApiClientAsync(Roles.Reviewer);
        await (await reviewer.PostApiAsync(mine.Url + "/validate", new { })).ExpectJsonAsync();

        var other = await f.CityInCycleAsync(cycle);
        await f.SubmitCompleteAsync(other);
        await (await a.Client.PostApiAsync(other.Url + "/validate", new { })).ExpectJsonAsync();
        return cycle;
    }
}
