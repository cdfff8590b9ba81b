package cli

import (
	"errors"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"sort"
	"sync"

	"github.com/spf13/cobra"

	"kofa/internal/conference"
	"kofa/internal/export"
	"kofa/internal/report"
	"kofa/internal/store"
)

// reportFlags are the options of `kofa report`.
type reportFlags struct {
	from, to, out, archives string
	force                   bool
}

// newReportCmd writes the report across cases (internal/report): `kofa
// report [--from D] [--to D] [-o FILE] [--archives DIR]`. From the store,
// or with --archives straight from the archive files in DIR without
// opening any store: nothing is written but the report.
func (inv *invocation) newReportCmd() *cobra.Command {
	var f reportFlags
	cmd := &cobra.Command{
		Use:   "report",
		Short: inv.tr.T("reportcli.short"),
		Long:  inv.tr.T("reportcli.long"),
		Args:  inv.noArgs,
		RunE: func(*cobra.Command, []string) error {
			p, err := inv.reportPeriod(f)
			if err != nil {
				return err
			}
			today := conference.DateOf(inv.app.Now())
			var r *report.Report
			if f.archives != "" {
				r, err = inv.reportArchives(f.archives, p, today)
			} else {
				col := report.NewCollector()
				err = inv.collectStore(col, p)
				r = col.Build(p, today)
			}
			if err != nil {
				return err
			}
			data := report.Markdown(r, report.NewWords(inv.lang, inv.exportCatalogue()))
			if f.out == "" {
				_, err := inv.stdout.Write(data)
				return err
			}
			if err := inv.writeExportFile(f.out, data, f.force); err != nil {
				return err
			}
			inv.printOut(inv.tr.T("reportcli.written", f.out, r.Conferences, r.Handovers.Held))
			return nil
		},
	}
	fl := cmd.Flags()
	fl.StringVar(&f.from, "from", "", inv.tr.T("reportcli.flag.from"))
	fl.StringVar(&f.to, "to", "", inv.tr.T("reportcli.flag.to"))
	fl.StringVarP(&f.out, "output", "o", "", inv.tr.T("reportcli.flag.output"))
	fl.StringVar(&f.archives, "archives", "", inv.tr.T("reportcli.flag.archives"))
	fl.BoolVar(&f.force, "force", false, inv.tr.T("export.cli.flag.force"))
	return cmd
}

// reportPeriod reads --from and --to: by default the twelve months up to
// today.
func (inv *invocation) reportPeriod(f reportFlags) (report.Period, error) {
	today := conference.DateOf(inv.app.Now())
	parse := func(flag, s string, def conference.Date) (conference.Date, error) {
		return inv.dayFlag(s, today, def, "reportcli.bad_date", flag)
	}
	to, err := parse("--to", f.to, today)
	if err != nil {
		return report.Period{}, err
	}
	from, err := parse("--from", f.from, to.AddDays(-364))
	if err != nil {
		return report.Period{}, err
	}
	if from.After(to) {
		return report.Period{}, usagef(inv.tr.T("reportcli.from_after_to", from.String(), to.String()))
	}
	return report.Period{From: from, To: to}, nil
}

// collectStore collects the conferences of the store dated in the period.
func (inv *invocation) collectStore(col *report.Collector, p report.Period) error {
	return inv.withExistingStore(
		func(string) error { return failf(inv.tr.T("export.cli.no_store")) },
		func(s *store.Store) error {
			list, err := s.List()
			if err != nil {
				return err
			}
			var ids []conference.ID
			for _, sum := range list {
				if p.Contains(sum.Date) {
					ids = append(ids, sum.ID)
				}
			}
			var mu sync.Mutex
			err = s.ForEachConference(ids, runtime.GOMAXPROCS(0), func(c *conference.Conference) error {
				f := report.Digest(c)
				mu.Lock()
				defer mu.Unlock()
				col.Add(f)
				return nil
			})
			return err
		})
}

// reportArchives makes the report from the archives in dir, several
// files at once, in memory that does not grow with the number of
// conferences (report.FromArchives). A file that is no kofa archive is
// left out with a line on stderr (its name stays out of the report: file
// names may be personal); a damaged archive ends the report with what is
// wrong.
func (inv *invocation) reportArchives(dir string, p report.Period, today conference.Date) (*report.Report, error) {
	entries, err := os.ReadDir(dir)
	if err != nil {
		return nil, failf(inv.tr.T("reportcli.dir_failed", dir, err.Error()))
	}
	var files []string
	for _, e := range entries {
		if e.Type().IsRegular() {
			files = append(files, filepath.Join(dir, e.Name()))
		}
	}
	sort.Strings(files)
	open := func(i int) (io.ReadCloser, error) { return os.Open(files[i]) }
	r, errs := report.FromArchives(len(files), open, p, today, runtime.GOMAXPROCS(0))
	skipped := 0
	for i, err := range errs {
		skip, err := inv.archiveProblem(files[i], err)
		switch {
		case err != nil:
			return nil, err
		case skip:
			skipped++
			inv.printErr(inv.tr.T("reportcli.not_archive", files[i]))
		}
	}
	if r.Sources == 0 {
		return nil, failf(inv.tr.N("reportcli.no_archives", skipped, dir, skipped))
	}
	return r, nil
}

// archiveProblem tells what the error of reading one file means: skipped
// is true when it is no kofa archive at all.
func (inv *invocation) archiveProblem(file string, err error) (skipped bool, _ error) {
	if e, ok := errors.AsType[*export.ArchiveError](err); ok {
		if e.Problem == export.ProblemFormat || e.Problem == export.ProblemEmpty {
			return true, nil
		}
		return false, failf(inv.tr.T("export.archive.cli.refused", file, e.Message(inv.tr)))
	}
	if e, ok := errors.AsType[*export.VersionError](err); ok {
		return false, failf(inv.tr.T("export.archive.cli.refused", file, e.Message(inv.tr)))
	}
	if err != nil {
		return false, failf(inv.tr.T("export.archive.cli.read_failed", file, err.Error()))
	}
	return false, nil
}
