package cli

import (
	"context"
	"errors"
	"io"
	"os"
	"path/filepath"
	"strings"

	"charm.land/fang/v2"
	"github.com/spf13/cobra"
	"github.com/spf13/pflag"

	"kofa/internal/i18n"
	"kofa/internal/store"
	"kofa/internal/theme"
)

// invocation is one run of kofa: the language it speaks, its streams and
// the values of the global flags. Commands are closures over it, so
// nothing is kept between runs.
type invocation struct {
	app    *App
	cat    *i18n.Catalog
	lang   i18n.Lang
	stdin  io.Reader
	stdout io.Writer
	stderr io.Writer

	// Values of the global flags.
	db    string
	theme string
	langV string
}

const groupCommands = "commands"

// execute builds the command tree in the run's language and runs it.
func (inv *invocation) execute(ctx context.Context, args []string) error {
	root := inv.newRoot()
	root.SetArgs(args)
	root.SetIn(inv.stdin)
	root.SetOut(inv.stdout)
	root.SetErr(inv.stderr)
	return fang.Execute(ctx, root,
		fang.WithErrorHandler(func(w io.Writer, _ fang.Styles, err error) {
			printError(w, inv.cat, err)
		}),
		// The version flag is set up below with translated help; the
		// completion and man page commands would bring untranslated text.
		fang.WithoutVersion(),
		fang.WithoutCompletions(),
		fang.WithoutManpage(),
	)
}

func (inv *invocation) newRoot() *cobra.Command {
	cat := inv.cat
	root := &cobra.Command{
		Use:           "kofa",
		Short:         cat.T("cli.root.short"),
		Long:          cat.T("cli.root.long"),
		Args:          inv.noArgs,
		RunE:          inv.runTUI,
		Version:       inv.app.Build.versionLine(cat),
		SilenceErrors: true,
		SilenceUsage:  true,
		// Cobra sets this only on its own unknown-command path, which
		// noArgs replaces.
		SuggestionsMinimumDistance: 2,
	}
	root.SetVersionTemplate("{{.Version}}\n")
	root.SetFlagErrorFunc(inv.flagError)
	root.AddGroup(&cobra.Group{ID: groupCommands, Title: cat.T("cli.help.commands")})

	pf := root.PersistentFlags()
	pf.StringVar(&inv.db, "db", "", cat.T("cli.flag.db"))
	pf.StringVar(&inv.langV, "lang", string(inv.lang), cat.T("cli.flag.lang"))
	pf.StringVar(&inv.theme, "theme", defaultTheme(), cat.T("cli.flag.theme"))
	pf.BoolP("help", "h", false, cat.T("cli.flag.help"))
	root.Flags().BoolP("version", "v", false, cat.T("cli.flag.version"))

	root.SetHelpCommand(inv.newHelpCmd())
	for _, c := range []*cobra.Command{
		inv.newListCmd(),
		inv.newDemoCmd(),
		inv.newBackupCmd(),
		inv.newDeleteCmd(),
		inv.newVersionCmd(),
	} {
		c.GroupID = groupCommands
		root.AddCommand(c)
	}
	return root
}

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
		if !ok {
			return lang, usagef(i18n.New(lang).T("cli.usage.bad_lang", v))
		}
		lang = l
	}
	return lang, nil
}

// noArgs rejects stray words after a command. After kofa itself they are
// usually a misspelt command, so it suggests the one probably meant.
func (inv *invocation) noArgs(cmd *cobra.Command, args []string) error {
	if len(args) == 0 {
		return nil
	}
	if cmd.HasParent() {
		return usagef(inv.cat.T("cli.usage.extra_args", strings.Join(args, " "), cmd.CommandPath()))
	}
	if s := cmd.SuggestionsFor(args[0]); len(s) > 0 {
		return usagef(inv.cat.T("cli.usage.unknown_command_suggest", args[0], s[0]))
	}
	return usagef(inv.cat.T("cli.usage.unknown_command", args[0]))
}

// exactArgs requires n arguments; what names them for the message.
func (inv *invocation) exactArgs(n int, what string) cobra.PositionalArgs {
	return func(cmd *cobra.Command, args []string) error {
		if len(args) == n {
			return nil
		}
		if len(args) < n {
			return usagef(inv.cat.T("cli.usage.missing_arg", what, cmd.CommandPath()))
		}
		return usagef(inv.cat.T("cli.usage.extra_args", strings.Join(args[n:], " "), cmd.CommandPath()))
	}
}

// flagError translates pflag's parse errors into one line that names the
// flag and points to the command's help.
func (inv *invocation) flagError(cmd *cobra.Command, err error) error {
	cat, path := inv.cat, cmd.CommandPath()
	if e, ok := errors.AsType[*pflag.NotExistError](err); ok {
		name := "--" + e.GetSpecifiedName()
		if e.GetSpecifiedShortnames() != "" {
			name = "-" + e.GetSpecifiedName()
		}
		return usagef(cat.T("cli.usage.unknown_flag", name, path))
	}
	if e, ok := errors.AsType[*pflag.ValueRequiredError](err); ok {
		return usagef(cat.T("cli.usage.flag_needs_value", "--"+e.GetFlag().Name, path))
	}
	if e, ok := errors.AsType[*pflag.InvalidValueError](err); ok {
		return usagef(cat.T("cli.usage.flag_bad_value", e.GetValue(), "--"+e.GetFlag().Name, path))
	}
	if e, ok := errors.AsType[*pflag.InvalidSyntaxError](err); ok {
		return usagef(cat.T("cli.usage.flag_bad_syntax", e.GetSpecifiedFlag(), path))
	}
	return usagef(cat.T("cli.usage.other", err.Error(), path))
}

// configDir is the user's kofa config folder, or "" when the system has
// no config folder (then only the built-in themes are available).
func configDir() string {
	dir, err := os.UserConfigDir()
	if err != nil {
		return ""
	}
	return filepath.Join(dir, "kofa")
}

// loadTheme checks that the chosen theme loads, before the terminal app
// starts, so a typo or a broken theme file is reported on one line.
func (inv *invocation) loadTheme(dir string) error {
	if _, err := theme.Load(inv.theme, dir); err != nil {
		msg := err.Error()
		if te, ok := errors.AsType[*theme.Error](err); ok {
			msg = strings.ReplaceAll(te.Localize(inv.cat), "\n", "; ")
		}
		return failf(inv.cat.T("cli.error.theme", inv.theme, msg))
	}
	return nil
}

// storePath is the store chosen by --db, else $KOFA_DB, else the default.
func (inv *invocation) storePath() (string, error) {
	path, err := store.ResolvePath(inv.db)
	if err != nil {
		return "", failf(inv.cat.T("cli.error.no_data_dir"))
	}
	return path, nil
}

// openStoreAt opens (and if needed creates) the store at path.
func (inv *invocation) openStoreAt(path string) (*store.Store, error) {
	s, err := store.Open(path, inv.app.StoreOptions)
	if err != nil {
		if _, known := storeMessage(inv.cat, err); !known {
			return nil, failf(inv.cat.T("cli.error.open", path, err.Error()))
		}
		return nil, err
	}
	if b := s.MigrationBackup(); b != "" {
		inv.printErr(inv.cat.T("cli.store.migrated", b))
	}
	return s, nil
}

// withStore opens the chosen store, creating it when missing, runs fn and
// closes the store again.
func (inv *invocation) withStore(fn func(s *store.Store) error) error {
	path, err := inv.storePath()
	if err != nil {
		return err
	}
	return inv.withStoreAt(path, fn)
}

// withExistingStore is withStore for commands that make no sense on a
// store that does not exist yet: instead of creating an empty one it
// returns missing(path).
func (inv *invocation) withExistingStore(missing func(path string) error, fn func(s *store.Store) error) error {
	path, err := inv.storePath()
	if err != nil {
		return err
	}
	if !exists(path) {
		return missing(path)
	}
	return inv.withStoreAt(path, fn)
}

func (inv *invocation) withStoreAt(path string, fn func(s *store.Store) error) error {
	s, err := inv.openStoreAt(path)
	if err != nil {
		return err
	}
	err = fn(s)
	if cerr := s.Close(); err == nil && cerr != nil {
		err = cerr
	}
	return err
}

func exists(path string) bool {
	_, err := os.Lstat(path)
	return err == nil
}

// runTUI is `kofa` without a subcommand: the terminal app on the real store.
func (inv *invocation) runTUI(cmd *cobra.Command, _ []string) error {
	dir := configDir()
	if err := inv.loadTheme(dir); err != nil {
		return err
	}
	return inv.withStore(func(s *store.Store) error {
		return inv.startTUI(cmd.Context(), s, dir, false)
	})
}

func (inv *invocation) startTUI(ctx context.Context, s *store.Store, dir string, demo bool) error {
	return inv.app.RunTUI(ctx, &Env{
		Store:     s,
		Lang:      inv.lang,
		Theme:     inv.theme,
		ConfigDir: dir,
		Demo:      demo,
		Stdin:     inv.stdin,
		Stdout:    inv.stdout,
	})
}

func (inv *invocation) printOut(line string) { _, _ = io.WriteString(inv.stdout, line+"\n") }
func (inv *invocation) printErr(line string) { _, _ = io.WriteString(inv.stderr, line+"\n") }
