// The app root: antd theme and locale (zh_CN by default, en_US when switched), the antd App context for
// message/modal, the command registry, then the shell.
import { App as AntApp, ConfigProvider } from 'antd';
import enUS from 'antd/locale/en_US';
import zhCN from 'antd/locale/zh_CN';
import { CommandsProvider } from './app/commandsContext';
import { Shell } from './app/Shell';
import { registerUiMessages, useLang } from './i18n';

registerUiMessages();

const THEME = {
  token: { borderRadius: 4, fontSize: 13, controlHeightSM: 24 },
  components: { Form: { itemMarginBottom: 6 } },
};

export function App() {
  const lang = useLang((s) => s.lang);
  return (
    <ConfigProvider
      locale={lang === 'zh' ? zhCN : enUS}
      theme={THEME}
      componentSize="small"
      button={{ autoInsertSpace: false }}
    >
      <AntApp>
        <CommandsProvider>
          <Shell />
        </CommandsProvider>
      </AntApp>
    </ConfigProvider>
  );
}
