package cli

import (
	"context"
	"io"
	"os"
	"strings"

	"charm.land/fang/v2"
	"github.com/spf13/cobra"

	"kofa/internal/i18n"
	"kofa/internal/store"
)

// invocation is one run of kofa: the language it speaks, its streams and
// the values of the global flags. Commands are closures over it, so
// nothing is kept between runs.
type invocation struct {
	app    *App
	tr     *i18n.Messages
	lang   i18n.Lang
	stdin  io.Reader
	stdout io.Writer
	stderr io.Writer

	// envPass is the value KOFA_PASSPHRASE had when Run began (Run took
	// it out of the environment and clears it at the end); hasEnvPass
	// tells an empty value from none.
	envPass    []byte
	hasEnvPass bool

	// err is the error of the command line or the command, recorded
	// instead of returned (catchErrors).
	err error

	// Values of the global flags. --lang is parsed into langFlag only so
	// that cobra accepts it: preparseLang has already chosen the language.
	db       string
	theme    string
	langFlag string
}

const groupCommands = "commands"

// execute builds the command tree in the run's language and runs it.
func (inv *invocation) execute(ctx context.Context, args []string) error {
	root := inv.newRoot()
	root.SetArgs(args)
	root.SetIn(inv.stdin)
	// Help and the version go through cobra's output: without the
	// padding fang adds to each line.
	out, flush := trimmed(inv.stdout)
	defer func() { _ = flush() }()
	root.SetOut(out)
	root.SetErr(inv.stderr)
	inv.catchErrors(root)
	err := fang.Execute(ctx, root,
		// Only for errors of cobra itself; kofa's own are caught.
		fang.WithErrorHandler(func(w io.Writer, _ fang.Styles, err error) {
			printError(w, inv.tr, inv.noteCrash(err))
		}),
		// The version flag, the completion and the man page commands
		// are kofa's own, with translated help.
		fang.WithoutVersion(),
		fang.WithoutCompletions(),
		fang.WithoutManpage(),
	)
	if err != nil {
		return err
	}
	if inv.err != nil {
		printError(inv.stderr, inv.tr, inv.noteCrash(inv.err))
	}
	return inv.err
}

func (inv *invocation) newRoot() *cobra.Command {
	tr := inv.tr
	root := &cobra.Command{
		Use:           "kofa",
		Short:         tr.T("cli.root.short"),
		Long:          tr.T("cli.root.long"),
		Args:          inv.noArgs,
		RunE:          inv.runTUI,
		Version:       inv.app.Build.versionLine(tr),
		SilenceErrors: true,
		SilenceUsage:  true,
		// Cobra sets this only on its own unknown-command path, which
		// noArgs replaces.
		SuggestionsMinimumDistance: 2,
	}
	root.SetVersionTemplate("{{.Version}}\n")
	root.SetFlagErrorFunc(inv.flagError)
	root.AddGroup(&cobra.Group{ID: groupCommands, Title: tr.T("cli.help.commands")})

	pf := root.PersistentFlags()
	pf.StringVar(&inv.db, "db", "", tr.T("cli.flag.db"))
	pf.StringVar(&inv.langFlag, "lang", string(inv.lang), tr.T("cli.flag.lang"))
	pf.StringVar(&inv.theme, "theme", defaultTheme(), tr.T("cli.flag.theme"))
	pf.BoolP("help", "h", false, tr.T("cli.flag.help"))
	root.Flags().BoolP("version", "v", false, tr.T("cli.flag.version"))

	completeFlagValues(root)
	root.SetHelpCommand(inv.newHelpCmd())
	for _, c := range []*cobra.Command{
		inv.newListCmd(),
		inv.newDemoCmd(),
		inv.newBackupCmd(),
		inv.newRestoreCmd(),
		inv.newDeleteCmd(),
		inv.newExportCmd(),
		inv.newArchiveCmd(),
		inv.newActionsCmd(), inv.newAgreementsCmd(), inv.newDirectoryCmd(), inv.newFollowUpCmd(), inv.newReleaseCmd(), inv.newDistributionCmd(), inv.newSearchCmd(), inv.newRetentionCmd(),
		inv.newEncryptCmd(), inv.newPassphraseCmd(),
		inv.newHandoverCmd(), inv.newReportCmd(),
		inv.newVersionCmd(),
		inv.newCompletionCmd(), inv.newManCmd(),
	} {
		c.GroupID = groupCommands
		root.AddCommand(c)
	}
	for _, newCmd := range testCommands {
		root.AddCommand(newCmd(inv))
	}
	return root
}

// testCommands are hidden commands for the tests of the real binary,
// compiled in only with a build tag (stress.go). The constant names the
// command for those tests in every build.
var testCommands []func(*invocation) *cobra.Command

const stressCommand = "_stress"

// defaultTheme honours NO_COLOR (https://no-color.org): any non-empty
// value asks for no colour.
func defaultTheme() string {
	if os.Getenv("NO_COLOR") != "" {
		return "monochrome"
	}
	return "default"
}

// preparseLang finds --lang before the commands are built, because their
// help texts are in the chosen language. Without the flag the environment
// decides (LC_ALL, LC_MESSAGES, LANG; German by default).
func preparseLang(args []string) (i18n.Lang, error) {
	lang := i18n.FromEnv()
	for i, a := range args {
		var v string
		switch {
		case a == "--":
			return lang, nil
		case a == "--lang" && i+1 < len(args):
			v = args[i+1]
		case strings.HasPrefix(a, "--lang="):
			v = strings.TrimPrefix(a, "--lang=")
		default:
			continue
		}
		l, ok := i18n.Parse(v)
		if !ok && completing(args) {
			continue // the shell asks for values of --lang, or one half typed
		}
		if !ok {
			return lang, usagef(i18n.New(lang).T("cli.usage.bad_lang", v))
		}
		lang = l
	}
	return lang, nil
}

// completing reports whether the shell asks for completions (cobra's
// hidden commands that the completion scripts call).
func completing(args []string) bool {
	return len(args) > 0 && (args[0] == cobra.ShellCompRequestCmd || args[0] == cobra.ShellCompNoDescRequestCmd)
}

// runTUI is `kofa` without a subcommand: the terminal app on the real store.
func (inv *invocation) runTUI(cmd *cobra.Command, _ []string) error {
	dir := configDir()
	if err := inv.loadTheme(dir); err != nil {
		return err
	}
	path, err := inv.storePath()
	if err != nil {
		return err
	}
	return inv.withStoreAtBeside(path, func(s *store.Store) error {
		return inv.runTUIWithBackup(cmd.Context(), s, inv.env(s, dir))
	})
}

// env is what the terminal app gets on the store s.
func (inv *invocation) env(s *store.Store, configDir string) *Env {
	return &Env{
		Store:     s,
		Lang:      inv.lang,
		Theme:     inv.theme,
		ConfigDir: configDir,
		Catalogue: inv.appCatalogue(configDir),
		Stdin:     inv.stdin,
		Stdout:    inv.stdout,
	}
}

func (inv *invocation) printOut(line string) { _, _ = io.WriteString(inv.stdout, line+"\n") }
func (inv *invocation) printErr(line string) { _, _ = io.WriteString(inv.stderr, line+"\n") }
