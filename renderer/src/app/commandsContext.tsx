// One command registry per app, shared by the toolbar and the keyboard (and later the Electron menu).
import { App } from 'antd';
import { createContext, type ReactNode, useContext, useMemo } from 'react';
import { makeActions } from './actions';
import { buildCommands, type Command, registerCommands } from './commands';

const CommandsContext = createContext<Map<string, Command> | null>(null);

export function CommandsProvider({ children }: { children: ReactNode }) {
  const { message, modal } = App.useApp();
  const registry = useMemo(() => registerCommands(buildCommands(makeActions({ message, modal }))), [message, modal]);
  return <CommandsContext.Provider value={registry}>{children}</CommandsContext.Provider>;
}

export function useCommands(): Map<string, Command> {
  const registry = useContext(CommandsContext);
  if (!registry) throw new Error('useCommands outside CommandsProvider');
  return registry;
}

export function useCommand(id: string): Command {
  const command = useCommands().get(id);
  if (!command) throw new Error(`unknown command ${id}`);
  return command;
}
