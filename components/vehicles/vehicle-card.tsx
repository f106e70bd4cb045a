import { Card, CardBody, CardHeader } from '@/components/ui/card'
import { type Definition, DefinitionList } from '@/components/ui/definition-list'
import type { VehicleInfo } from '@/lib/forte/schemas/reports'
import { formatBusinessDate } from '@/lib/format/dates'
import { TypeImage } from './type-image'
import type { VehiclesText } from './vehicles-text'

type Props = { guid: string; info: VehicleInfo; typeTitle?: string; text: VehiclesText }

/** Contract, plate, VIN and the type's picture (`info.this`). */
export function VehicleCard({ guid, info, typeTitle, text }: Props) {
  const rows: Definition[] = [
    [text.contract, info.contract_number],
    [text.contractEnd, formatBusinessDate(info.contract_date_end)],
    [text.plate, info.plate_number || text.noPlate],
    [text.vin, info.vin_code, 'font-mono'],
    ...(typeTitle ? ([[text.type, typeTitle]] as Definition[]) : []),
  ]
  return (
    <Card>
      <CardHeader title={text.card} />
      <CardBody className="flex flex-wrap items-start gap-6">
        <DefinitionList rows={rows} className="flex-1" testId="vehicle-card" />
        {info.image_path ? (
          <TypeImage
            src={`/vehicles/${encodeURIComponent(guid)}/image`}
            alt={text.typePicture(typeTitle ?? text.card)}
          />
        ) : null}
      </CardBody>
    </Card>
  )
}
