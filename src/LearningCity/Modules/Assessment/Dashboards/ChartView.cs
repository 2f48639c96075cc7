namespace LearningCity.Modules.Assessment.Dashboards;

/// <param name="Download">The chart's API address with a query string already started (…?x=y), to which &amp;format= is added.</param>
public sealed record ChartView(ChartTable Table, string Title, string Download, string Permalink, bool OpenTable = false);
