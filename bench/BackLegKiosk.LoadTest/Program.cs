using BackLegKiosk.LoadTest;

return await LoadTestRun.RunAsync(LoadTestSettings.Parse(args));
