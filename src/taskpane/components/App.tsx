/** The task pane: profile, actions, messages, findings and summary. Talks to Excel only through the port. */
import * as React from "react";
import {
  Button,
  Dropdown,
  Field,
  FluentProvider,
  Menu,
  MenuItem,
  MenuList,
  MenuPopover,
  MenuTrigger,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  Option,
  Spinner,
  Switch,
  Tab,
  TabList,
  Text,
  makeStyles,
  tokens,
  webDarkTheme,
  webLightTheme,
} from "@fluentui/react-components";
import {
  DismissRegular,
  DocumentTableRegular,
  EraserRegular,
  HighlightRegular,
  MoreHorizontalRegular,
  ShieldCheckmarkRegular,
  TableAddRegular,
} from "@fluentui/react-icons";
import type { WorkbookPort } from "../../adapters/port";
import { profileOptions } from "../engine";
import { t } from "../t";
import { usePane } from "../usePane";
import { FindingsView } from "./FindingsView";

const SummaryView = React.lazy(() => import(/* webpackChunkName: "summary" */ "./SummaryView"));

const useStyles = makeStyles({
  root: {
    minHeight: "100vh",
    boxSizing: "border-box",
    padding: "12px 14px 24px 14px",
    backgroundColor: tokens.colorNeutralBackground1,
    color: tokens.colorNeutralForeground1,
    display: "flex",
    flexDirection: "column",
    gap: "10px",
  },
  title: { fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold, margin: 0 },
  fields: { display: "grid", gridTemplateColumns: "1fr", gap: "8px" },
  actions: { display: "flex", gap: "6px", flexWrap: "wrap", alignItems: "center" },
  hint: { color: tokens.colorNeutralForeground3 },
  status: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
  notices: { display: "flex", flexDirection: "column", gap: "6px" },
});

export interface AppProps {
  port: WorkbookPort;
  theme: "light" | "dark";
}

export function App({ port, theme }: AppProps) {
  const s = useStyles();
  const { state, actions } = usePane(port);
  const [tab, setTab] = React.useState<"segnalazioni" | "riepilogo">("segnalazioni");
  const profiles = React.useMemo(() => profileOptions(), []);
  const result = state.result;
  const blocked = state.disabled || !state.ready || state.running || state.busy;
  const highlighted = state.highlights.reduce((n, h) => n + h.cells, 0);

  const autoLabel =
    state.detected && state.profileChoice === "auto"
      ? t("pane.profilo.rilevato", { nome: state.detected.name, percento: Math.round(state.detected.score * 100) })
      : t("pane.profilo.automatico");
  const profileLabel =
    state.profileChoice === "auto" ? autoLabel : (profiles.find((p) => p.id === state.profileChoice)?.name ?? "");

  return (
    <FluentProvider theme={theme === "dark" ? webDarkTheme : webLightTheme} className={s.root} data-theme={theme}>
      <h1 className={s.title}>{t("pane.titolo")}</h1>

      <div className={s.fields}>
        <Field label={t("pane.foglio")}>
          <Dropdown
            value={state.sheet}
            selectedOptions={state.sheet ? [state.sheet] : []}
            onOptionSelect={(_, d) => d.optionValue && void actions.setSheet(d.optionValue)}
            disabled={state.disabled || state.running}
            aria-label={t("pane.foglio")}
            data-testid="sheet"
          >
            {state.sheets
              .filter((x) => x.visible)
              .map((x) => (
                <Option key={x.id} value={x.name}>
                  {x.name}
                </Option>
              ))}
          </Dropdown>
        </Field>
        <Field
          label={t("pane.profilo")}
          validationState={state.ready && !state.detected && state.profileChoice === "auto" && state.sheet ? "warning" : "none"}
          validationMessage={
            state.ready && !state.detected && state.profileChoice === "auto" && state.sheet ? t("pane.profilo.nessuno") : undefined
          }
        >
          <Dropdown
            value={profileLabel}
            selectedOptions={[state.profileChoice]}
            onOptionSelect={(_, d) => d.optionValue && actions.setProfile(d.optionValue)}
            disabled={state.disabled || state.running}
            aria-label={t("pane.profilo")}
            data-testid="profile"
          >
            <Option value="auto" text={autoLabel}>
              {autoLabel}
            </Option>
            {profiles.map((p) => (
              <Option key={p.id} value={p.id}>
                {p.name}
              </Option>
            ))}
          </Dropdown>
        </Field>
      </div>

      <div className={s.actions}>
        <Button
          appearance="primary"
          icon={state.running ? <Spinner size="tiny" /> : <ShieldCheckmarkRegular />}
          onClick={() => void actions.verify()}
          disabled={blocked || !state.sheet}
        >
          {state.running ? t("pane.verifica.corso") : t("pane.verifica")}
        </Button>
        <Button icon={<HighlightRegular />} onClick={() => void actions.highlight()} disabled={blocked || !result}>
          {t("pane.evidenzia")}
        </Button>
        <Button icon={<EraserRegular />} onClick={() => void actions.clearHighlight()} disabled={blocked || !highlighted}>
          {t("pane.rimuovi")}
        </Button>
        <Menu>
          <MenuTrigger disableButtonEnhancement>
            <Button icon={<MoreHorizontalRegular />} aria-label={t("pane.altre.azioni")} disabled={blocked} />
          </MenuTrigger>
          <MenuPopover>
            <MenuList>
              <MenuItem icon={<DocumentTableRegular />} disabled={!result} onClick={() => void actions.writeReport()}>
                {t("pane.scrivi.esito")}
              </MenuItem>
              <Menu>
                <MenuTrigger disableButtonEnhancement>
                  <MenuItem icon={<TableAddRegular />}>{t("pane.crea.modello")}</MenuItem>
                </MenuTrigger>
                <MenuPopover>
                  <MenuList>
                    {profiles.map((p) => (
                      <MenuItem key={p.id} onClick={() => void actions.createModel(p.id)}>
                        {p.name}
                      </MenuItem>
                    ))}
                  </MenuList>
                </MenuPopover>
              </Menu>
            </MenuList>
          </MenuPopover>
        </Menu>
      </div>
      <Switch
        checked={state.auto}
        onChange={(_, d) => actions.setAuto(d.checked)}
        label={t("pane.automatica")}
        disabled={state.disabled}
      />

      <div className={s.notices} aria-live="polite">
        {state.highlights.map((h) => (
          <Text key={h.sheet} className={s.status} data-testid="highlight-state">
            <HighlightRegular aria-hidden /> {t("pane.evidenziazione.attiva", { foglio: h.sheet, n: h.cells })}
          </Text>
        ))}
        {state.notices.map((n) => (
          <MessageBar key={n.id} intent={n.intent} layout="multiline" data-intent={n.intent}>
            <MessageBarBody>
              {n.title && <MessageBarTitle>{n.title}</MessageBarTitle>}
              {n.text}
            </MessageBarBody>
            <MessageBarActions
              containerAction={
                <Button
                  appearance="transparent"
                  size="small"
                  icon={<DismissRegular />}
                  aria-label={t("pane.chiudi")}
                  onClick={() => actions.dismiss(n.id)}
                />
              }
            />
          </MessageBar>
        ))}
      </div>

      {state.lastRead && (
        <Text className={s.status}>{t("pane.esito.tempo", { celle: state.lastRead.cells.toLocaleString("it-IT"), ms: state.lastRead.ms + state.lastRead.validateMs })}</Text>
      )}

      <TabList selectedValue={tab} onTabSelect={(_, d) => setTab(d.value as typeof tab)} size="small">
        <Tab value="segnalazioni">{t("pane.tab.segnalazioni")}</Tab>
        <Tab value="riepilogo">{t("pane.tab.riepilogo")}</Tab>
      </TabList>

      {!result && <Text className={s.hint}>{state.ready ? t("pane.da.verificare") : <Spinner size="small" />}</Text>}
      {result && tab === "segnalazioni" && (
        <FindingsView
          findings={result.findings}
          headerRow={result.profile?.headerRow ?? 0}
          onSelect={(f) => void actions.select(f.sheet, f.cell)}
        />
      )}
      {result && tab === "riepilogo" && (
        <React.Suspense fallback={<Spinner size="small" />}>
          <SummaryView summary={result.summary} />
        </React.Suspense>
      )}
    </FluentProvider>
  );
}
