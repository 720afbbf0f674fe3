// EUI loads each icon lazily, leaving an empty <svg> for a second or more after load. Registering the icons
// the console uses makes them render on the first paint. An unknown name renders <img src=name> (the e2e
// test looks for that), so keep this list in step with the iconType values used in components/.
import { appendIconComponentCache } from '@elastic/eui/optimize/es/components/icon/icon';
import { icon as check } from '@elastic/eui/optimize/es/components/icon/assets/check';
import { icon as checkCircle } from '@elastic/eui/optimize/es/components/icon/assets/check_circle';
import { icon as chevronSingleDown } from '@elastic/eui/optimize/es/components/icon/assets/chevron_single_down';
import { icon as clock } from '@elastic/eui/optimize/es/components/icon/assets/clock';
import { icon as cluster } from '@elastic/eui/optimize/es/components/icon/assets/cluster';
import { icon as cross } from '@elastic/eui/optimize/es/components/icon/assets/cross';
import { icon as dot } from '@elastic/eui/optimize/es/components/icon/assets/dot';
import { icon as empty } from '@elastic/eui/optimize/es/components/icon/assets/empty';
import { icon as error } from '@elastic/eui/optimize/es/components/icon/assets/error';
import { icon as eye } from '@elastic/eui/optimize/es/components/icon/assets/eye';
import { icon as eyeSlash } from '@elastic/eui/optimize/es/components/icon/assets/eye_slash';
import { icon as info } from '@elastic/eui/optimize/es/components/icon/assets/info';
import { icon as key } from '@elastic/eui/optimize/es/components/icon/assets/key';
import { icon as lock } from '@elastic/eui/optimize/es/components/icon/assets/lock';
import { icon as logOut } from '@elastic/eui/optimize/es/components/icon/assets/log_out';
import { icon as logoElastic } from '@elastic/eui/optimize/es/components/icon/assets/logo_elastic';
import { icon as magnify } from '@elastic/eui/optimize/es/components/icon/assets/magnify';
import { icon as question } from '@elastic/eui/optimize/es/components/icon/assets/question';
import { icon as refresh } from '@elastic/eui/optimize/es/components/icon/assets/refresh';
import { icon as user } from '@elastic/eui/optimize/es/components/icon/assets/user';
import { icon as users } from '@elastic/eui/optimize/es/components/icon/assets/users';
import { icon as warning } from '@elastic/eui/optimize/es/components/icon/assets/warning';
import { icon as wrench } from '@elastic/eui/optimize/es/components/icon/assets/wrench';
import { icon as pencil } from '@elastic/eui/optimize/es/components/icon/assets/pencil';
import { icon as trash } from '@elastic/eui/optimize/es/components/icon/assets/trash';
import { icon as plusCircle } from '@elastic/eui/optimize/es/components/icon/assets/plus_circle';
import { icon as chevronSingleLeft } from '@elastic/eui/optimize/es/components/icon/assets/chevron_single_left';
import { icon as chevronSingleRight } from '@elastic/eui/optimize/es/components/icon/assets/chevron_single_right';
import { icon as chevronSingleUp } from '@elastic/eui/optimize/es/components/icon/assets/chevron_single_up';
import { icon as chevronLimitLeft } from '@elastic/eui/optimize/es/components/icon/assets/chevron_limit_left';
import { icon as chevronLimitRight } from '@elastic/eui/optimize/es/components/icon/assets/chevron_limit_right';
import { icon as copy } from '@elastic/eui/optimize/es/components/icon/assets/copy';
import { icon as fullScreen } from '@elastic/eui/optimize/es/components/icon/assets/full_screen';
import { icon as fullScreenExit } from '@elastic/eui/optimize/es/components/icon/assets/full_screen_exit';
import { icon as sortUp } from '@elastic/eui/optimize/es/components/icon/assets/sort_up';
import { icon as sortDown } from '@elastic/eui/optimize/es/components/icon/assets/sort_down';
import { icon as sortable } from '@elastic/eui/optimize/es/components/icon/assets/sortable';
import { icon as returnIcon } from '@elastic/eui/optimize/es/components/icon/assets/return';
import { icon as crossCircle } from '@elastic/eui/optimize/es/components/icon/assets/cross_circle';
import { icon as plus } from '@elastic/eui/optimize/es/components/icon/assets/plus';
import { icon as stopFill } from '@elastic/eui/optimize/es/components/icon/assets/stop_fill';
import { icon as minus } from '@elastic/eui/optimize/es/components/icon/assets/minus';
import { icon as download } from '@elastic/eui/optimize/es/components/icon/assets/download';
import { icon as gear } from '@elastic/eui/optimize/es/components/icon/assets/gear';
import { icon as undo } from '@elastic/eui/optimize/es/components/icon/assets/undo';

export const PRELOADED_ICONS = {
  check,
  checkCircle,
  chevronSingleDown,
  clock,
  cluster,
  cross,
  dot,
  empty,
  error,
  eye,
  eyeSlash,
  info,
  key,
  lock,
  logOut,
  logoElastic,
  magnify,
  question,
  refresh,
  user,
  users,
  warning,
  wrench,
  pencil,
  trash,
  plusCircle,
  chevronSingleLeft,
  chevronSingleRight,
  chevronSingleUp,
  chevronLimitLeft,
  chevronLimitRight,
  copy,
  fullScreen,
  fullScreenExit,
  sortUp,
  sortDown,
  sortable,
  return: returnIcon,
  crossCircle,
  plus,
  minus,
  stopFill,
  download,
  gear,
  undo,
};

appendIconComponentCache(PRELOADED_ICONS);
